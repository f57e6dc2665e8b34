package dev.parley.peer.sdp;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The candidate-attribute grammar (RFC 8839 section 5.1):
 * <pre>
 * candidate:&lt;foundation&gt; &lt;component&gt; &lt;transport&gt; &lt;priority&gt; &lt;address&gt; &lt;port&gt; typ &lt;type&gt;
 *           [raddr &lt;addr&gt;] [rport &lt;port&gt;] *(&lt;extension-name&gt; &lt;extension-value&gt;)
 * </pre>
 * The {@code candidate:} prefix is optional on input, as browsers accept both forms.
 */
public record SdpCandidate(String foundation, int component, String transport, long priority, String address,
                           int port, String type, String relatedAddress, Integer relatedPort,
                           Map<String, String> extensions) {

    private static final Set<String> TYPES = Set.of("host", "srflx", "prflx", "relay");

    public SdpCandidate {
        extensions = Map.copyOf(extensions);
    }

    public static SdpCandidate parse(String text) throws SdpParseException {
        String s = text.trim();
        if (s.startsWith("a=")) {
            s = s.substring(2);
        }
        if (s.startsWith("candidate:")) {
            s = s.substring("candidate:".length());
        }
        String[] t = s.split("\\s+");
        if (t.length < 8 || !t[6].equals("typ")) {
            throw new SdpParseException(0, "candidate needs '<foundation> <component> <transport> <priority> "
                    + "<address> <port> typ <type>': " + text);
        }
        if (t[0].isEmpty() || t[0].length() > 32) {
            throw new SdpParseException(0, "candidate foundation must be 1 to 32 characters: " + text);
        }
        int component = number(t[1], 1, 256, "component", text);
        long priority = parseRange(t[3], 1, 0xFFFFFFFFL, "priority", text);
        int port = number(t[5], 0, 65535, "port", text);
        String type = t[7].toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new SdpParseException(0, "unknown candidate type '" + t[7] + "': " + text);
        }
        String raddr = null;
        Integer rport = null;
        Map<String, String> ext = new LinkedHashMap<>();
        if ((t.length - 8) % 2 != 0) {
            throw new SdpParseException(0, "candidate extension without a value: " + text);
        }
        for (int i = 8; i + 1 < t.length; i += 2) {
            switch (t[i]) {
                case "raddr" -> raddr = t[i + 1];
                case "rport" -> rport = number(t[i + 1], 0, 65535, "rport", text);
                default -> ext.put(t[i], t[i + 1]);
            }
        }
        return new SdpCandidate(t[0], component, t[2], priority, t[4], port, type, raddr, rport, ext);
    }

    private static int number(String token, long min, long max, String what, String text)
            throws SdpParseException {
        return (int) parseRange(token, min, max, what, text);
    }

    private static long parseRange(String token, long min, long max, String what, String text)
            throws SdpParseException {
        try {
            long v = Long.parseLong(token);
            if (v < min || v > max) {
                throw new SdpParseException(0, "candidate " + what + " out of range: " + text);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new SdpParseException(0, "candidate " + what + " is not a number: " + text);
        }
    }

    /** The tcptype extension (RFC 6544 section 4.5), or null. */
    public String tcpType() {
        return extensions.get("tcptype");
    }

    /** The ufrag extension browsers add to trickled candidates, or null. */
    public String usernameFragment() {
        return extensions.get("ufrag");
    }
}
