package dev.parley.peer.api;

import dev.parley.peer.jsep.MediaCapabilities;
import dev.parley.peer.sdp.RtpCodec;
import java.util.List;
import java.util.Locale;

/** W3C webrtc-pc section 5.2.2 RTCRtpCapabilities: what this peer sends and receives for one kind. */
public record RTCRtpCapabilities(List<RTCRtpCodec> codecs, List<RTCRtpHeaderExtensionCapability> headerExtensions) {

    public RTCRtpCapabilities {
        codecs = List.copyOf(codecs);
        headerExtensions = List.copyOf(headerExtensions);
    }

    /** The capabilities for "audio" or "video"; null for any other kind, as getCapabilities() says. */
    static RTCRtpCapabilities of(String kind) {
        if (!"audio".equals(kind) && !"video".equals(kind)) {
            return null;
        }
        return new RTCRtpCapabilities(
                MediaCapabilities.codecs(kind).stream().map(c -> codec(kind, c)).toList(),
                MediaCapabilities.headerExtensions(kind).stream()
                        .map(e -> new RTCRtpHeaderExtensionCapability(e.uri())).toList());
    }

    /** The W3C view of an SDP codec: RTX is listed without its apt, which depends on the negotiation. */
    static RTCRtpCodec codec(String kind, RtpCodec c) {
        boolean rtx = c.name().toLowerCase(Locale.ROOT).equals("rtx");
        return new RTCRtpCodec(kind + "/" + c.name(), c.clockRate(), kind.equals("audio") ? c.channels() : null,
                rtx ? null : c.fmtp());
    }
}
