package dev.parley.harness.impair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second host of the test network: a network namespace holding ct1 (10.213.0.2/24), the other end
 * of this namespace's ct0 (10.213.0.1), so traffic between the hosts really crosses the veth and tc
 * queues on it take effect (with both ends in one namespace everything takes lo).
 *
 * <p>Either the one tools/netns/bin/java made with PARLEY_TWO_HOSTS=1 (its sleeper's pid is in
 * {@value #PID_VARIABLE}; it lives as long as the JVM), or one made here on demand and undone on
 * close (ct1 comes back to this namespace, the sleeper holding the second one is stopped).
 */
public final class SecondHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SecondHost.class);
    public static final String PID_VARIABLE = "PARLEY_HOST2_PID";
    public static final String DEVICE = "ct1";
    public static final String LOCAL_DEVICE = "ct0";
    private static final byte[] ADDRESS = {10, (byte) 213, 0, 2};
    private static final long NAMESPACE_WAIT_MILLIS = 5_000;
    private static final Pattern RX_BYTES = Pattern.compile("\"rx\":\\{\"bytes\":(\\d+)");

    private final long pid;
    private final Process sleeper;

    private SecondHost(long pid, Process sleeper) {
        this.pid = pid;
        this.sleeper = sleeper;
    }

    /** The second host the wrapper made, if the JVM runs with PARLEY_TWO_HOSTS=1. */
    public static Optional<SecondHost> fromEnvironment() {
        String pid = System.getenv(PID_VARIABLE);
        return pid == null || pid.isBlank() ? Optional.empty() : Optional.of(new SecondHost(Long.parseLong(pid.trim()), null));
    }

    /** The wrapper's second host, else a new one made by moving ct1 into a namespace of its own. */
    public static SecondHost start() {
        Optional<SecondHost> existing = fromEnvironment();
        if (existing.isPresent()) {
            return existing.get();
        }
        TestNetwork.require(System.getenv(), "SecondHost");
        Process sleeper;
        try {
            sleeper = new ProcessBuilder("unshare", "--net", "sleep", "infinity").start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the second host's namespace (unshare --net)", e);
        }
        SecondHost host = new SecondHost(sleeper.pid(), sleeper);
        try {
            host.awaitOwnNamespace();
            Shell.check(List.of("ip", "link", "set", DEVICE, "netns", Long.toString(host.pid)));
            host.run("ip", "link", "set", "lo", "up");
            host.run("ip", "addr", "add", "10.213.0.2/24", "dev", DEVICE);
            host.run("ip", "link", "set", DEVICE, "up");
            host.run("ip", "route", "add", "default", "dev", DEVICE);
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
        LOG.info("second host up: {} 10.213.0.2 in the namespace of pid {}", DEVICE, host.pid);
        return host;
    }

    /** unshare execs sleep only once the namespace exists: until then the pid is still in ours. */
    private void awaitOwnNamespace() {
        long deadline = System.currentTimeMillis() + NAMESPACE_WAIT_MILLIS;
        try {
            Path ours = Files.readSymbolicLink(Path.of("/proc/self/ns/net"));
            while (Files.readSymbolicLink(Path.of("/proc/" + pid + "/ns/net")).equals(ours)) {
                if (System.currentTimeMillis() > deadline || !sleeper.isAlive()) {
                    throw new IllegalStateException("the second host's namespace did not appear (pid " + pid + ")");
                }
                Thread.sleep(5);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the namespace of pid " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making the second host", e);
        }
    }

    /** The pid of a process in the second host's network namespace (for nsenter -t PID -n). */
    public long pid() {
        return pid;
    }

    public InetAddress address() {
        try {
            return InetAddress.getByAddress(ADDRESS);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    /** The command, prefixed so that it runs in the second host's network namespace. */
    public List<String> command(String... argv) {
        List<String> command = new ArrayList<>(List.of("nsenter", "-t", Long.toString(pid), "-n"));
        command.addAll(Arrays.asList(argv));
        return command;
    }

    /** Runs the command in the second host and returns its stdout; a failure throws with its stderr. */
    public String run(String... argv) {
        return Shell.check(command(argv));
    }

    /** Bytes ct1 received so far: what really arrived at the second host. */
    public long receivedBytes() {
        String json = run("ip", "-s", "-j", "link", "show", "dev", DEVICE);
        Matcher m = RX_BYTES.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no rx bytes in the statistics of " + DEVICE + ": " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /** Undoes a second host made here: ct1 back in this namespace, the sleeper stopped. */
    @Override
    public void close() {
        if (sleeper == null) {
            return;
        }
        if (sleeper.isAlive()) {
            Shell.Result back = Shell.run(command("ip", "link", "set", DEVICE, "netns",
                    Long.toString(ProcessHandle.current().pid())));
            if (!back.ok()) {
                LOG.warn("could not move {} back from the second host: {}", DEVICE, back.output());
            }
            sleeper.destroy();
        }
        try {
            sleeper.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Shell.Result up = Shell.run(List.of("ip", "link", "set", DEVICE, "up"));
        if (!up.ok()) {
            LOG.warn("{} is not back in this namespace: {}", DEVICE, up.output());
        }
    }
}
