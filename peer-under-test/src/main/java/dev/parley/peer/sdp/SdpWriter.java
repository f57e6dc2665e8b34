package dev.parley.peer.sdp;

/** Writes an {@link Sdp} in the RFC 8866 line order with CRLF line ends, the inverse of {@link SdpParser}. */
public final class SdpWriter {

    private static final String CRLF = "\r\n";

    private SdpWriter() {
    }

    public static String write(Sdp sdp) {
        StringBuilder out = new StringBuilder(4096);
        line(out, 'v', Integer.toString(sdp.version()));
        line(out, 'o', sdp.origin().toString());
        line(out, 's', sdp.sessionName());
        optional(out, 'i', sdp.information());
        optional(out, 'u', sdp.uri());
        sdp.emails().forEach(e -> line(out, 'e', e));
        sdp.phones().forEach(p -> line(out, 'p', p));
        if (sdp.connection() != null) {
            line(out, 'c', sdp.connection().toString());
        }
        sdp.bandwidths().forEach(b -> line(out, 'b', b));
        for (SdpTiming timing : sdp.timings()) {
            line(out, 't', timing.times());
            timing.repeats().forEach(r -> line(out, 'r', r));
        }
        optional(out, 'z', sdp.zone());
        optional(out, 'k', sdp.key());
        sdp.attributes().forEach(a -> line(out, 'a', a.toString()));
        for (SdpMedia m : sdp.media()) {
            StringBuilder header = new StringBuilder().append(m.media()).append(' ').append(m.port());
            if (m.portCount() != null) {
                header.append('/').append(m.portCount());
            }
            header.append(' ').append(m.proto());
            m.formats().forEach(f -> header.append(' ').append(f));
            line(out, 'm', header.toString());
            optional(out, 'i', m.information());
            m.connections().forEach(c -> line(out, 'c', c.toString()));
            m.bandwidths().forEach(b -> line(out, 'b', b));
            optional(out, 'k', m.key());
            m.attributes().forEach(a -> line(out, 'a', a.toString()));
        }
        return out.toString();
    }

    private static void optional(StringBuilder out, char type, String value) {
        if (value != null) {
            line(out, type, value);
        }
    }

    private static void line(StringBuilder out, char type, String value) {
        out.append(type).append('=').append(value).append(CRLF);
    }
}
