package dev.parley.peer.ice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A coturn TURN server (Debian package {@code coturn}) in the test network, as a Startable:
 * {@link #start()} launches {@code turnserver} in the foreground with long-term credentials and
 * an in-memory user database, and returns once it answers a STUN Binding request;
 * {@link #close()} stops that process by its PID. Its output goes to this class's log.
 */
public final class TurnServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TurnServer.class);

    /** Where Debian's coturn package puts turnserver (4.6.1: /usr/bin; some notes say /usr/sbin). */
    private static final List<Path> BINARY_LOCATIONS = List.of(Path.of("/usr/bin/turnserver"), Path.of("/usr/sbin/turnserver"));
    public static final String USERNAME = "user";
    public static final String PASSWORD = "pass";
    public static final String REALM = "parley.test";
    public static final int MIN_RELAY_PORT = 49160;
    public static final int MAX_RELAY_PORT = 49200;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
    private static final int OUTPUT_LINES_KEPT = 40;

    private final Path binary;
    private final InetAddress address;
    private final int port;
    private final Deque<String> output = new ArrayDeque<>();
    private Process process;
    private Path workDir;

    public TurnServer(Path binary, InetAddress address, int port) {
        this.binary = binary;
        this.address = address;
        this.port = port;
    }

    /** coturn on the namespace's veth address 10.213.0.1, port 3478, relaying on 49160-49200. */
    public static TurnServer onTestNetwork() {
        try {
            return new TurnServer(installedBinary(), InetAddress.getByName(TestNetwork.VETH_PREFIX + "1"), 3478);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The installed turnserver, or the first usual location (start() then says it is missing). */
    static Path installedBinary() {
        return BINARY_LOCATIONS.stream().filter(Files::isExecutable).findFirst().orElse(BINARY_LOCATIONS.get(0));
    }

    /**
     * Starts turnserver and waits until it answers STUN.
     *
     * @throws IllegalStateException if the binary is missing, or the server exits or stays
     *     silent (the message carries its last output lines)
     */
    public TurnServer start() throws IOException, InterruptedException {
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("TURN tests need coturn: no executable " + binary
                    + " (install the Debian package: apt-get install -y coturn; it provides /usr/bin/turnserver)");
        }
        if (answersStun(Duration.ofMillis(200))) {
            // Otherwise the readiness wait would take the other server's answer for ours.
            throw new IllegalStateException("a STUN/TURN server already answers on " + address.getHostAddress() + ":" + port
                    + " (a TurnServer not closed by an earlier test?)");
        }
        workDir = Files.createTempDirectory("parley-turn-");
        String host = address.getHostAddress();
        List<String> command = List.of(binary.toString(), "-n",
                "--listening-ip=" + host, "--relay-ip=" + host, "--listening-port=" + port,
                "--min-port=" + MIN_RELAY_PORT, "--max-port=" + MAX_RELAY_PORT,
                "--lt-cred-mech", "--user=" + USERNAME + ":" + PASSWORD, "--realm=" + REALM,
                "--fingerprint", "--no-tls", "--no-dtls", "--no-cli", "--no-rfc5780", "--no-stun-backward-compatibility",
                "--userdb=:memory:", "--pidfile=" + workDir.resolve("turnserver.pid"),
                "--log-file=stdout", "--simple-log");
        long started = System.nanoTime();
        process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        Thread reader = new Thread(this::readOutput, "turnserver-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        awaitStunAnswer();
        LOG.info("turnserver pid {} ready on {}:{} in {} ms", process.pid(), host, port, (System.nanoTime() - started) / 1_000_000);
        return this;
    }

    /** The readiness wait: until the server answers STUN, unless it exits first. */
    private void awaitStunAnswer() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("turnserver exited with " + process.waitFor() + " before answering STUN; output:\n"
                        + lastOutput());
            }
            if (answersStun(Duration.ofMillis(50))) {
                return;
            }
        }
        close();
        throw new IllegalStateException("turnserver did not answer a STUN Binding request on " + address.getHostAddress() + ":"
                + port + " within " + READY_TIMEOUT + "; output:\n" + lastOutput());
    }

    /** Sends STUN Binding requests every 50 ms for {@code within}; true once one is answered with success. */
    private boolean answersStun(Duration within) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(address, 0))) {
            probe.setSoTimeout(50);
            byte[] request = bindingRequest();
            byte[] buffer = new byte[1500];
            do {
                probe.send(new DatagramPacket(request, request.length, address, port));
                try {
                    DatagramPacket answer = new DatagramPacket(buffer, buffer.length);
                    probe.receive(answer);
                    if (answer.getLength() >= 20 && buffer[0] == 0x01 && buffer[1] == 0x01) {
                        return true;
                    }
                } catch (SocketTimeoutException notYet) {
                    // Nobody answered this one: ask again.
                }
            } while (System.nanoTime() < deadline);
            return false;
        }
    }

    private static byte[] bindingRequest() {
        byte[] transactionId = new byte[12];
        new SecureRandom().nextBytes(transactionId);
        return ByteBuffer.allocate(20).putShort((short) 0x0001).putShort((short) 0).putInt(0x2112A442).put(transactionId).array();
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                LOG.debug("turnserver: {}", line);
                synchronized (output) {
                    output.addLast(line);
                    if (output.size() > OUTPUT_LINES_KEPT) {
                        output.removeFirst();
                    }
                }
            }
        } catch (IOException ended) {
            // The process closed its output: it exited.
        }
    }

    /** The server's last output lines, for failure messages. */
    public String lastOutput() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    /** {@code turn:10.213.0.1:3478?transport=udp} */
    public String url() {
        return "turn:" + address.getHostAddress() + ":" + port + "?transport=udp";
    }

    /** The RTCIceServer for this server, with its credentials. */
    public IceServerConfig iceServer() {
        return IceServerConfig.turn(url(), USERNAME, PASSWORD);
    }

    public InetAddress address() {
        return address;
    }

    /** Stops the process this instance started (SIGTERM to its PID, SIGKILL after 5 s) and deletes its directory. */
    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("turnserver pid {} ignored SIGTERM; killing it", process.pid());
                    process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            process = null;
        }
        if (workDir != null) {
            try (var files = Files.walk(workDir)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                LOG.debug("cannot delete {}", workDir, e);
            }
            workDir = null;
        }
    }
}
