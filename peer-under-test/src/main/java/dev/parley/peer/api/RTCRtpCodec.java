package dev.parley.peer.api;

import java.util.Locale;

/**
 * W3C webrtc-pc section 5.2.1 RTCRtpCodec: a codec as getCapabilities() lists it and setCodecPreferences()
 * takes it. channels is null for video; sdpFmtpLine is null when the codec has no parameters.
 */
public record RTCRtpCodec(String mimeType, int clockRate, Integer channels, String sdpFmtpLine) {

    /** The codec name after the "audio/" or "video/" prefix. */
    public String name() {
        int slash = mimeType.indexOf('/');
        return slash < 0 ? mimeType : mimeType.substring(slash + 1);
    }

    /** The top-level type before the slash, lower case. */
    public String kind() {
        int slash = mimeType.indexOf('/');
        return slash < 0 ? "" : mimeType.substring(0, slash).toLowerCase(Locale.ROOT);
    }

    /** Equal as codecs: mime types compare case-insensitively (RFC 6838 section 4.2). */
    public boolean matches(RTCRtpCodec other) {
        return mimeType.equalsIgnoreCase(other.mimeType) && clockRate == other.clockRate
                && java.util.Objects.equals(channels, other.channels)
                && java.util.Objects.equals(sdpFmtpLine, other.sdpFmtpLine);
    }
}
