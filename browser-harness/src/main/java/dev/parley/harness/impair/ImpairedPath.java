package dev.parley.harness.impair;

import dev.parley.harness.call.SignalingTransform;
import dev.parley.harness.impair.UdpForwarder.Side;
import dev.parley.harness.peer.SessionDescription;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An impaired network path between the two peers of a call: a {@link UdpForwarder} that applies the
 * {@link Impairment}, and the candidate rewriting that makes both peers send through it. Set it on a
 * call with {@code call.transform(path)} before negotiating; close it after the call.
 *
 * <p>Delay, jitter, reorder, loss and the rate limit all happen in the forwarder, so this works for
 * browsers and the Java peer alike, in one namespace, without netem and without root.
 */
public final class ImpairedPath implements SignalingTransform, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ImpairedPath.class);
    /** The impairment spec of a run, e.g. {@code -Dparley.impair=loss=10%,delay=50ms}. */
    public static final String PROPERTY = "parley.impair";
    /** Overrides the address the forwarder binds (default: see {@link #defaultBindAddress()}). */
    public static final String BIND_PROPERTY = "parley.impair.bind";

    private final UdpForwarder forwarder;
    private final CandidateRewriter rewriter;

    private ImpairedPath(UdpForwarder forwarder) {
        this.forwarder = forwarder;
        this.rewriter = new CandidateRewriter(forwarder);
    }

    public static ImpairedPath start(Impairment impairment, InetAddress bindAddress) {
        return new ImpairedPath(UdpForwarder.start(bindAddress, impairment));
    }

    public static ImpairedPath start(Impairment impairment) {
        return start(impairment, defaultBindAddress());
    }

    /**
     * The path the run asked for with {@value #PROPERTY}, or empty when the property is absent or blank.
     *
     * @throws IllegalArgumentException when the spec is malformed, naming what is wrong
     */
    public static Optional<ImpairedPath> fromSystem() {
        String spec = System.getProperty(PROPERTY, "");
        if (spec.isBlank()) {
            return Optional.empty();
        }
        Impairment impairment = Impairment.parse(spec);
        String bind = System.getProperty(BIND_PROPERTY, "");
        return Optional.of(bind.isBlank() ? start(impairment) : start(impairment, literal(bind)));
    }

    /**
     * Inside the test network (PARLEY_NETNS=1) the first IPv4 address of an interface that is up and
     * not loopback (10.213.0.1 on ct0), the address the browsers gather; outside it loopback, because
     * the machine's own interfaces must never carry test traffic.
     */
    public static InetAddress defaultBindAddress() {
        if (!"1".equals(System.getenv("PARLEY_NETNS"))) {
            return InetAddress.getLoopbackAddress();
        }
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return address;
                    }
                }
            }
        } catch (SocketException e) {
            LOG.warn("cannot list the network interfaces, binding the forwarder to loopback: {}", e.toString());
        }
        return InetAddress.getLoopbackAddress();
    }

    private static InetAddress literal(String address) {
        InetAddress ip = Ipv4.parse(address.trim());
        if (ip == null) {
            throw new IllegalArgumentException(BIND_PROPERTY + " must be an IPv4 address such as 10.213.0.1, not '"
                    + address + "'");
        }
        return ip;
    }

    public Impairment impairment() {
        return forwarder.impairment();
    }

    public UdpForwarder forwarder() {
        return forwarder;
    }

    @Override
    public SessionDescription description(Sender from, SessionDescription description) {
        return new SessionDescription(description.type(), rewriter.rewriteSdp(side(from), description.sdp()));
    }

    @Override
    public Optional<String> candidate(Sender from, String candidate) {
        return rewriter.rewriteCandidate(side(from), candidate);
    }

    private static Side side(Sender sender) {
        return sender == Sender.OFFERER ? Side.A : Side.B;
    }

    @Override
    public void close() {
        forwarder.close();
    }

    @Override
    public String toString() {
        return "impaired path (" + forwarder.impairment() + ") via " + forwarder.bindAddress().getHostAddress();
    }
}
