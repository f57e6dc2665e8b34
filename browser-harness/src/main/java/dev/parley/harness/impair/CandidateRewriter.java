package dev.parley.harness.impair;

import dev.parley.harness.impair.UdpForwarder.Side;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites one peer's candidates so that the other peer sees the forwarder's fronts instead of the
 * real addresses: the a=candidate lines, the c= lines, the m= ports and a=rtcp of an SDP, and
 * trickled candidate strings. It asks the {@link UdpForwarder} for one front per real candidate.
 *
 * <p>Only UDP host, srflx and relay candidates with a non-loopback IPv4 address are kept. TCP
 * candidates, IPv6 and loopback addresses, mDNS names and malformed lines are dropped from what the
 * remote peer sees, so no pair can bypass the forwarder: every packet takes the impaired path. The
 * raddr/rport of srflx and relay candidates are left as they are: ICE uses them for nothing.
 */
public final class CandidateRewriter {
    private static final Logger LOG = LoggerFactory.getLogger(CandidateRewriter.class);
    private static final Set<String> KEPT_TYPES = Set.of("host", "srflx", "relay");
    /** The discard port: what browsers put on m= lines when the default candidate is not known. */
    private static final String NO_PORT = "9";

    private final UdpForwarder forwarder;

    public CandidateRewriter(UdpForwarder forwarder) {
        this.forwarder = forwarder;
    }

    /**
     * A candidate string ("candidate:..." or "a=candidate:...") of {@code owner}'s peer as the other peer
     * is to see it, or empty when it is dropped. The end-of-candidates "" passes unchanged.
     */
    public Optional<String> rewriteCandidate(Side owner, String candidate) {
        if (candidate.isEmpty()) {
            return Optional.of(candidate);
        }
        String prefix = candidate.startsWith("a=") ? "a=" : "";
        String body = candidate.substring(prefix.length());
        String[] f = body.trim().split("\\s+");
        if (!body.startsWith("candidate:") || f.length < 8 || !f[6].equals("typ")) {
            LOG.warn("dropping a candidate Parley cannot read: {}", candidate);
            return Optional.empty();
        }
        Optional<InetSocketAddress> real = keptAddress(f[2], f[4], f[5], f[7]);
        if (real.isEmpty()) {
            LOG.debug("dropping {}: only UDP host/srflx/relay candidates on IPv4 take the forwarder", candidate);
            return Optional.empty();
        }
        InetSocketAddress front = forwarder.front(owner, real.get());
        f[4] = front.getAddress().getHostAddress();
        f[5] = Integer.toString(front.getPort());
        return Optional.of(prefix + String.join(" ", f));
    }

    /** The whole SDP of {@code owner}'s peer as the other peer is to see it; line endings are kept. */
    public String rewriteSdp(Side owner, String sdp) {
        if (sdp == null || sdp.isEmpty()) {
            return sdp;
        }
        String eol = sdp.contains("\r\n") ? "\r\n" : "\n";
        boolean trailing = sdp.endsWith(eol);
        List<String> out = new ArrayList<>();
        for (String line : sdp.split("\r?\n")) {
            if (line.startsWith("a=candidate:")) {
                rewriteCandidate(owner, line).ifPresent(out::add);
            } else {
                out.add(line);
            }
        }
        rewriteDefaults(owner, out);
        return String.join(eol, out) + (trailing ? eol : "");
    }

    /**
     * The m= port with the c= address name the default candidate, and a=rtcp the RTCP one. Each goes
     * to its front when there is one, else to the forwarder's address and the discard port, so no real
     * address is left in the SDP. Port 0 (a rejected or bundle-only section) stays 0.
     */
    private void rewriteDefaults(Side owner, List<String> lines) {
        int mediaLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("m=")) {
                mediaLine = i;
            } else if (line.startsWith("c=") && mediaLine < 0) {
                String[] c = line.split(" ");
                if (c.length >= 3 && !isUnspecified(c[2])) {
                    lines.set(i, "c=IN IP4 " + forwarder.bindAddress().getHostAddress());
                }
            } else if (line.startsWith("c=")) {
                String[] c = line.split(" ");
                String[] m = lines.get(mediaLine).split(" ");
                if (c.length >= 3 && m.length >= 2 && !isUnspecified(c[2])) {
                    InetSocketAddress target = defaultFront(owner, c[2], m[1]);
                    lines.set(i, "c=IN IP4 " + target.getAddress().getHostAddress());
                    if (!m[1].equals("0")) {
                        m[1] = target.getPort() == 0 ? NO_PORT : Integer.toString(target.getPort());
                        lines.set(mediaLine, String.join(" ", m));
                    }
                }
            } else if (line.startsWith("a=rtcp:")) {
                String[] r = line.substring("a=rtcp:".length()).split(" ");
                if (r.length == 4 && !isUnspecified(r[3])) {
                    InetSocketAddress target = defaultFront(owner, r[3], r[0]);
                    String port = target.getPort() == 0 ? NO_PORT : Integer.toString(target.getPort());
                    lines.set(i, "a=rtcp:" + port + " IN IP4 " + target.getAddress().getHostAddress());
                }
            }
        }
    }

    /** The front of a default address that is also a kept candidate's; else the forwarder's address, port 0. */
    private InetSocketAddress defaultFront(Side owner, String address, String port) {
        InetSocketAddress real = udpIpv4(address, port);
        InetSocketAddress front = real == null ? null : forwarder.fronts().get(real);
        return front != null ? front : new InetSocketAddress(forwarder.bindAddress(), 0);
    }

    private static boolean isUnspecified(String address) {
        return address.equals("0.0.0.0") || address.equals("::");
    }

    private static Optional<InetSocketAddress> keptAddress(String transport, String address, String port, String type) {
        if (!transport.toLowerCase(Locale.ROOT).equals("udp") || !KEPT_TYPES.contains(type)) {
            return Optional.empty();
        }
        InetSocketAddress real = udpIpv4(address, port);
        if (real == null || real.getAddress().isLoopbackAddress() || real.getAddress().isAnyLocalAddress()) {
            return Optional.empty();
        }
        return Optional.of(real);
    }

    /** An IPv4 literal and port as an address, or null for names, IPv6 and bad ports (never a DNS lookup). */
    private static InetSocketAddress udpIpv4(String address, String port) {
        InetAddress ip = Ipv4.parse(address);
        if (ip == null || !port.matches("\\d{1,5}")) {
            return null;
        }
        int p = Integer.parseInt(port);
        return p == 0 || p > 65_535 ? null : new InetSocketAddress(ip, p);
    }
}
