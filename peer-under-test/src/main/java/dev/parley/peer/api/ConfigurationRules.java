package dev.parley.peer.api;

import dev.parley.peer.dtls.RTCCertificate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks of W3C webrtc-pc section 4.4.1.6 "set a configuration", shared by the constructor and
 * setConfiguration(): ICE server URLs (RFC 7064, RFC 7065), TURN credentials, pool size, and the members
 * that may not change once set.
 */
final class ConfigurationRules {

    private static final String HOST = "(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9\\-._~%!$&'()*+,;=]+)";
    private static final String PORT = "(:[0-9]{1,5})?";
    private static final Pattern STUN = Pattern.compile("(stun|stuns):" + HOST + PORT);
    private static final Pattern TURN = Pattern.compile("(turn|turns):" + HOST + PORT
            + "(\\?transport=[A-Za-z0-9\\-._~]+)?");
    private static final int MAX_TURN_USERNAME_BYTES = 509;

    private ConfigurationRules() {
    }

    /** Validates a configuration given to the constructor or to setConfiguration(). */
    static void validate(RTCConfiguration config, long nowMillis) {
        int pool = config.iceCandidatePoolSize();
        if (pool < 0 || pool > 255) {
            throw new TypeError("iceCandidatePoolSize " + pool + " is outside the octet range 0..255");
        }
        for (RTCCertificate cert : config.certificates()) {
            if (cert.getExpires() <= nowMillis) {
                throw DOMException.invalidAccess("certificate expired at " + cert.getExpires()
                        + " (epoch ms), now is " + nowMillis);
            }
        }
        for (RTCIceServer server : config.iceServers()) {
            validate(server);
        }
    }

    private static void validate(RTCIceServer server) {
        if (server == null || server.urls() == null) {
            throw new TypeError("RTCIceServer requires urls");
        }
        if (server.urls().isEmpty()) {
            throw DOMException.syntax("RTCIceServer urls is empty");
        }
        for (String url : server.urls()) {
            if (url == null || url.isEmpty()) {
                throw DOMException.syntax("empty ICE server URL");
            }
            boolean turn = TURN.matcher(url).matches();
            if (!turn && !STUN.matcher(url).matches()) {
                throw DOMException.syntax("'" + url + "' is not a stun:, stuns:, turn: or turns: URL"
                        + " (RFC 7064, RFC 7065)");
            }
            if (turn) {
                if (server.username() == null || server.credential() == null) {
                    throw DOMException.invalidAccess("TURN server '" + url
                            + "' needs both username and credential");
                }
                if (server.username().getBytes(StandardCharsets.UTF_8).length > MAX_TURN_USERNAME_BYTES) {
                    throw DOMException.invalidAccess("TURN username is longer than "
                            + MAX_TURN_USERNAME_BYTES + " bytes");
                }
            }
        }
    }

    /**
     * The members setConfiguration() may not change (section 4.4.1.6 steps 4 to 7).
     *
     * @param localDescriptionSet whether setLocalDescription() has succeeded before, freezing the pool size
     */
    static void checkModification(RTCConfiguration current, RTCConfiguration next, boolean localDescriptionSet) {
        if (!next.certificates().isEmpty() && !sameCertificates(current.certificates(), next.certificates())) {
            throw DOMException.invalidModification("certificates cannot change after construction");
        }
        if (next.bundlePolicy() != current.bundlePolicy()) {
            throw DOMException.invalidModification("bundlePolicy cannot change from '" + current.bundlePolicy()
                    + "' to '" + next.bundlePolicy() + "'");
        }
        if (next.rtcpMuxPolicy() != current.rtcpMuxPolicy()) {
            throw DOMException.invalidModification("rtcpMuxPolicy cannot change");
        }
        if (localDescriptionSet && !next.iceCandidatePoolSize().equals(current.iceCandidatePoolSize())) {
            throw DOMException.invalidModification(
                    "iceCandidatePoolSize cannot change after setLocalDescription()");
        }
    }

    private static boolean sameCertificates(List<RTCCertificate> a, List<RTCCertificate> b) {
        return a.size() == b.size() && a.containsAll(b);
    }
}
