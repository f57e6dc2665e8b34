package dev.parley.peer.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses SDP text (RFC 8866 section 9 grammar) into an {@link Sdp}. Tolerant where browsers differ:
 * LF or CRLF line ends, blank lines, lines out of the RFC's order within a level, any attribute.
 * Strict where the grammar leaves no doubt: a single-letter type and '=' on every line, v=0 first,
 * the o=, s= and t= lines, the fields of o=, c=, t= and m=.
 */
public final class SdpParser {

    private SdpParser() {
    }

    public static Sdp parse(String text) throws SdpParseException {
        if (text == null || text.isBlank()) {
            throw new SdpParseException(0, "empty session description");
        }
        return new Run(text).parse();
    }

    /** The state of one parse: the session fields seen so far and the media section being filled. */
    private static final class Run {
        private final String[] lines;
        private int lineNo;
        private SdpOrigin origin;
        private String sessionName;
        private String information;
        private String uri;
        private final List<String> emails = new ArrayList<>();
        private final List<String> phones = new ArrayList<>();
        private SdpConnection connection;
        private final List<String> bandwidths = new ArrayList<>();
        private final List<SdpTiming> timings = new ArrayList<>();
        private String zone;
        private String key;
        private final List<SdpAttribute> attributes = new ArrayList<>();
        private final List<SdpMedia> media = new ArrayList<>();
        private MediaBuilder current;

        Run(String text) {
            this.lines = text.split("\r?\n", -1);
        }

        Sdp parse() throws SdpParseException {
            boolean versionSeen = false;
            for (int i = 0; i < lines.length; i++) {
                lineNo = i + 1;
                String line = lines[i];
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() < 2 || line.charAt(1) != '=' || line.charAt(0) < 'a' || line.charAt(0) > 'z') {
                    throw error("not a '<type>=<value>' line: " + abbreviate(line));
                }
                char type = line.charAt(0);
                String value = line.substring(2);
                if (!versionSeen) {
                    if (type != 'v') {
                        throw error("the first line must be v=0");
                    }
                    if (!value.trim().equals("0")) {
                        throw error("unsupported protocol version v=" + abbreviate(value));
                    }
                    versionSeen = true;
                    continue;
                }
                if (current != null) {
                    mediaLine(type, value);
                } else {
                    sessionLine(type, value);
                }
            }
            finishMedia();
            lineNo = 0;
            if (!versionSeen) {
                throw error("missing v= line");
            }
            if (origin == null) {
                throw error("missing o= line");
            }
            if (sessionName == null) {
                throw error("missing s= line");
            }
            if (timings.isEmpty()) {
                throw error("missing t= line");
            }
            return new Sdp(0, origin, sessionName, information, uri, emails, phones, connection, bandwidths,
                    timings, zone, key, attributes, media);
        }

        private void sessionLine(char type, String value) throws SdpParseException {
            switch (type) {
                case 'v' -> throw error("a second v= line");
                case 'o' -> {
                    if (origin != null) {
                        throw error("a second o= line");
                    }
                    origin = origin(value);
                }
                case 's' -> {
                    if (sessionName != null) {
                        throw error("a second s= line");
                    }
                    sessionName = value;
                }
                case 'i' -> information = value;
                case 'u' -> uri = value;
                case 'e' -> emails.add(value);
                case 'p' -> phones.add(value);
                case 'c' -> connection = connection(value);
                case 'b' -> bandwidths.add(bandwidth(value));
                case 't' -> timings.add(new SdpTiming(timing(value), List.of()));
                case 'r' -> {
                    if (timings.isEmpty()) {
                        throw error("r= line before any t= line");
                    }
                    SdpTiming last = timings.remove(timings.size() - 1);
                    List<String> repeats = new ArrayList<>(last.repeats());
                    repeats.add(value);
                    timings.add(new SdpTiming(last.times(), repeats));
                }
                case 'z' -> zone = value;
                case 'k' -> key = value;
                case 'a' -> attributes.add(attribute(value));
                case 'm' -> current = mediaHeader(value);
                default -> throw error("unknown line type '" + type + "='");
            }
        }

        private void mediaLine(char type, String value) throws SdpParseException {
            switch (type) {
                case 'i' -> current.information = value;
                case 'c' -> current.connections.add(connection(value));
                case 'b' -> current.bandwidths.add(bandwidth(value));
                case 'k' -> current.key = value;
                case 'a' -> current.attributes.add(attribute(value));
                case 'm' -> {
                    finishMedia();
                    current = mediaHeader(value);
                }
                case 'v', 'o', 's', 'u', 'e', 'p', 't', 'r', 'z' ->
                        throw error("session-level line '" + type + "=' inside a media section");
                default -> throw error("unknown line type '" + type + "='");
            }
        }

        private void finishMedia() {
            if (current != null) {
                media.add(current.build());
                current = null;
            }
        }

        private SdpOrigin origin(String value) throws SdpParseException {
            String[] f = value.trim().split("\\s+");
            if (f.length != 6) {
                throw error("o= needs 6 fields (username sess-id sess-version nettype addrtype address): "
                        + abbreviate(value));
            }
            if (!isDigits(f[1]) || !isDigits(f[2])) {
                throw error("o= session id and version must be numbers: " + abbreviate(value));
            }
            return new SdpOrigin(f[0], f[1], f[2], f[3], f[4], f[5]);
        }

        private SdpConnection connection(String value) throws SdpParseException {
            String[] f = value.trim().split("\\s+");
            if (f.length != 3) {
                throw error("c= needs 3 fields (nettype addrtype address): " + abbreviate(value));
            }
            return new SdpConnection(f[0], f[1], f[2]);
        }

        private String bandwidth(String value) throws SdpParseException {
            int colon = value.indexOf(':');
            if (colon <= 0 || !isDigits(value.substring(colon + 1).trim())) {
                throw error("b= needs <bwtype>:<bandwidth>: " + abbreviate(value));
            }
            return value;
        }

        private String timing(String value) throws SdpParseException {
            String[] f = value.trim().split("\\s+");
            if (f.length != 2 || !isDigits(f[0]) || !isDigits(f[1])) {
                throw error("t= needs <start-time> <stop-time>: " + abbreviate(value));
            }
            return value;
        }

        private SdpAttribute attribute(String value) throws SdpParseException {
            int colon = value.indexOf(':');
            String name = colon < 0 ? value : value.substring(0, colon);
            if (name.isEmpty() || !isToken(name)) {
                throw error("bad attribute name in a=" + abbreviate(value));
            }
            return new SdpAttribute(name, colon < 0 ? null : value.substring(colon + 1));
        }

        private MediaBuilder mediaHeader(String value) throws SdpParseException {
            String[] f = value.trim().split("\\s+");
            if (f.length < 4) {
                throw error("m= needs <media> <port> <proto> <fmt> ...: " + abbreviate(value));
            }
            if (!isToken(f[0])) {
                throw error("bad media type in m=" + abbreviate(value));
            }
            String[] portParts = f[1].split("/", -1);
            int port = port(portParts[0], value);
            Integer count = null;
            if (portParts.length == 2) {
                count = port(portParts[1], value);
            } else if (portParts.length > 2) {
                throw error("bad port in m=" + abbreviate(value));
            }
            return new MediaBuilder(f[0], port, count, f[2], List.of(f).subList(3, f.length));
        }

        private int port(String text, String line) throws SdpParseException {
            if (!isDigits(text) || text.length() > 5 || Integer.parseInt(text) > 65535) {
                throw error("bad port in m=" + abbreviate(line));
            }
            return Integer.parseInt(text);
        }

        private SdpParseException error(String message) {
            return new SdpParseException(lineNo, message);
        }
    }

    /** The lines of one m= section as they arrive. */
    private static final class MediaBuilder {
        final String media;
        final int port;
        final Integer portCount;
        final String proto;
        final List<String> formats;
        String information;
        final List<SdpConnection> connections = new ArrayList<>();
        final List<String> bandwidths = new ArrayList<>();
        String key;
        final List<SdpAttribute> attributes = new ArrayList<>();

        MediaBuilder(String media, int port, Integer portCount, String proto, List<String> formats) {
            this.media = media;
            this.port = port;
            this.portCount = portCount;
            this.proto = proto;
            this.formats = formats;
        }

        SdpMedia build() {
            return new SdpMedia(media, port, portCount, proto, formats, information, connections, bandwidths, key,
                    attributes);
        }
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 20) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** RFC 8866 token-char: visible ASCII except separators. */
    private static boolean isToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
