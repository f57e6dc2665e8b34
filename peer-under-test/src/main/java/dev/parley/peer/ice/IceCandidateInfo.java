package dev.parley.peer.ice;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One ICE candidate with the fields of the W3C RTCIceCandidate, and its {@code candidate-attribute}
 * line (RFC 8839 section 5.1) both ways:
 * <pre>
 * candidate:&lt;foundation&gt; &lt;component&gt; &lt;transport&gt; &lt;priority&gt; &lt;address&gt; &lt;port&gt; typ &lt;type&gt;
 *     [raddr &lt;address&gt; rport &lt;port&gt;] [tcptype &lt;type&gt;] *(&lt;extension name&gt; &lt;value&gt;)
 * </pre>
 * Browsers add extensions ({@code generation 0 ufrag 92pm network-id 1}); parsing keeps
 * {@code ufrag} and ignores the rest, writing adds {@code generation} and {@code ufrag} as Chrome does.
 *
 * @param usernameFragment the ICE ufrag the candidate belongs to, if known
 */
public record IceCandidateInfo(
        String foundation,
        int component,
        RTCIceProtocol protocol,
        long priority,
        String address,
        int port,
        RTCIceCandidateType type,
        Optional<RTCIceTcpCandidateType> tcpType,
        Optional<String> relatedAddress,
        Optional<Integer> relatedPort,
        Optional<String> usernameFragment) {

    /** Component 1 is RTP, the only one with rtcp-mux and BUNDLE. */
    public static final int COMPONENT_RTP = 1;

    public IceCandidateInfo {
        Objects.requireNonNull(foundation, "foundation");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tcpType, "tcpType");
        Objects.requireNonNull(relatedAddress, "relatedAddress");
        Objects.requireNonNull(relatedPort, "relatedPort");
        Objects.requireNonNull(usernameFragment, "usernameFragment");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (component < 1 || component > 256) {
            throw new IllegalArgumentException("component out of range: " + component);
        }
    }

    /**
     * Parses a candidate line, with or without the {@code a=} and {@code candidate:} prefixes.
     *
     * @throws IllegalArgumentException naming what is wrong (the W3C API turns it into an
     *     OperationError from addIceCandidate)
     */
    public static IceCandidateInfo parse(String line) {
        String text = line.trim();
        if (text.startsWith("a=")) {
            text = text.substring(2);
        }
        if (!text.startsWith("candidate:")) {
            throw new IllegalArgumentException("not a candidate line: " + line);
        }
        String[] f = text.substring("candidate:".length()).split("\\s+");
        if (f.length < 8 || !"typ".equals(f[6])) {
            throw new IllegalArgumentException("candidate line needs foundation, component, transport, priority, address, port, typ: " + line);
        }
        try {
            String foundation = f[0];
            int component = Integer.parseInt(f[1]);
            RTCIceProtocol protocol = RTCIceProtocol.fromSpecName(f[2]);
            long priority = Long.parseLong(f[3]);
            if (priority < 1 || priority > 0xFFFFFFFFL) {
                throw new IllegalArgumentException("priority out of range: " + priority);
            }
            String address = f[4];
            int port = Integer.parseInt(f[5]);
            RTCIceCandidateType type = RTCIceCandidateType.fromSpecName(f[7]);
            Optional<String> relatedAddress = Optional.empty();
            Optional<Integer> relatedPort = Optional.empty();
            Optional<RTCIceTcpCandidateType> tcpType = Optional.empty();
            Optional<String> ufrag = Optional.empty();
            for (int i = 8; i + 1 < f.length; i += 2) {
                String value = f[i + 1];
                switch (f[i]) {
                    case "raddr" -> relatedAddress = Optional.of(value);
                    case "rport" -> relatedPort = Optional.of(Integer.parseInt(value));
                    case "tcptype" -> tcpType = Optional.of(RTCIceTcpCandidateType.fromSpecName(value));
                    case "ufrag" -> ufrag = Optional.of(value);
                    default -> {
                        // RFC 8839: unknown extension attributes are ignored.
                    }
                }
            }
            return new IceCandidateInfo(foundation, component, protocol, priority, address, port, type,
                    tcpType, relatedAddress, relatedPort, ufrag);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad number in candidate line: " + line, e);
        }
    }

    /** The line as it goes in SDP after {@code a=} and in RTCIceCandidate.candidate. */
    public String toCandidateLine() {
        StringBuilder line = new StringBuilder("candidate:")
                .append(foundation).append(' ')
                .append(component).append(' ')
                .append(protocol.specName()).append(' ')
                .append(priority).append(' ')
                .append(address).append(' ')
                .append(port).append(" typ ")
                .append(type.specName());
        if (relatedAddress.isPresent() && relatedPort.isPresent()) {
            line.append(" raddr ").append(relatedAddress.get()).append(" rport ").append(relatedPort.get());
        }
        tcpType.ifPresent(t -> line.append(" tcptype ").append(t.specName()));
        line.append(" generation 0");
        usernameFragment.ifPresent(u -> line.append(" ufrag ").append(u));
        return line.toString();
    }

    /** The W3C RTCIceComponent string: {@code rtp} for component 1, {@code rtcp} for 2. */
    public String componentName() {
        return component == 2 ? "rtcp" : "rtp";
    }

    /** True if the address is an mDNS name ({@code <uuid>.local}) rather than an IP literal. */
    public boolean isMdnsName() {
        return address.toLowerCase(Locale.ROOT).endsWith(".local");
    }

    @Override
    public String toString() {
        return toCandidateLine();
    }
}
