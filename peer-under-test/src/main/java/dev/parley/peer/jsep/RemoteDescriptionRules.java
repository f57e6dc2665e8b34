package dev.parley.peer.jsep;

import dev.parley.peer.api.DOMException;
import dev.parley.peer.api.RTCError;
import dev.parley.peer.api.RTCSdpType;
import dev.parley.peer.dtls.RTCDtlsFingerprint;
import dev.parley.peer.sdp.Sdp;
import dev.parley.peer.sdp.SdpCandidate;
import dev.parley.peer.sdp.SdpMedia;
import dev.parley.peer.sdp.SdpParseException;
import dev.parley.peer.sdp.SdpParser;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a remote SDP text into an {@link Sdp} or the error the spec names (webrtc-pc section 4.4.1.5,
 * "set the session description" step 4): an RTCError with errorDetail sdp-syntax-error for text that
 * does not parse, InvalidAccessError for a section without rtcp-mux (rtcpMuxPolicy is "require") and for
 * content JSEP rules out: missing ICE credentials or fingerprint, duplicate mids, an answer that does not
 * match the offer's sections, a re-offer that reorders or drops sections.
 */
public final class RemoteDescriptionRules {

    private RemoteDescriptionRules() {
    }

    /**
     * @param sentOffer  our offer, when {@code type} is an answer or pranswer
     * @param negotiated the current negotiated description (local or remote), when {@code type} is an offer
     */
    public static Sdp parse(String text, RTCSdpType type, Sdp sentOffer, Sdp negotiated) {
        Sdp sdp;
        try {
            sdp = SdpParser.parse(text);
        } catch (SdpParseException e) {
            throw RTCError.sdpSyntax(e.getMessage(), e.lineNumber());
        }
        checkCandidates(sdp, text);
        checkSections(sdp, type);
        if (type == RTCSdpType.OFFER && negotiated != null) {
            checkSameSections(negotiated, sdp, "a subsequent offer");
        }
        if ((type == RTCSdpType.ANSWER || type == RTCSdpType.PRANSWER) && sentOffer != null) {
            if (sentOffer.media().size() != sdp.media().size()) {
                throw DOMException.invalidAccess("the answer has " + sdp.media().size()
                        + " m= sections, the offer had " + sentOffer.media().size());
            }
            checkSameSections(sentOffer, sdp, "the answer");
        }
        return sdp;
    }

    private static void checkCandidates(Sdp sdp, String text) {
        for (SdpMedia m : sdp.media()) {
            for (String c : m.attributes("candidate")) {
                try {
                    SdpCandidate.parse(c);
                } catch (SdpParseException e) {
                    throw RTCError.sdpSyntax(e.getMessage(), lineOf(text, "a=candidate:" + c));
                }
            }
        }
    }

    private static void checkSections(Sdp sdp, RTCSdpType type) {
        Set<String> mids = new HashSet<>();
        for (int i = 0; i < sdp.media().size(); i++) {
            SdpMedia m = sdp.media().get(i);
            String where = "m= section " + i;
            Optional<String> mid = m.mid();
            if (mid.isEmpty() && !m.isRejected()) {
                throw DOMException.invalidAccess(where + " has no a=mid");
            }
            if (mid.isPresent() && !mids.add(mid.get())) {
                throw DOMException.invalidAccess(where + " repeats mid '" + mid.get() + "'");
            }
            if (m.isRejected()) {
                continue;
            }
            String ufrag = sdp.mediaOrSessionAttribute(m, "ice-ufrag").orElse(null);
            String pwd = sdp.mediaOrSessionAttribute(m, "ice-pwd").orElse(null);
            // A bundled section other than the tag may leave its transport to the tag (RFC 8843 7.1.3).
            boolean ownTransport = !carriedByBundle(sdp, m) || ufrag != null || pwd != null;
            if (ownTransport) {
                if (ufrag == null || pwd == null) {
                    throw DOMException.invalidAccess(where + " has no ice-ufrag and ice-pwd");
                }
                if (!IceCredentials.isValid(ufrag.trim(), pwd.trim())) {
                    throw DOMException.invalidAccess(where + " has malformed ice-ufrag or ice-pwd (RFC 8839 5.4)");
                }
                checkFingerprint(sdp, m, where);
            }
            String setup = sdp.mediaOrSessionAttribute(m, "setup").orElse("actpass").trim();
            boolean answer = type != RTCSdpType.OFFER;
            if (!List.of("actpass", "active", "passive").contains(setup) || answer && setup.equals("actpass")) {
                throw DOMException.invalidAccess(where + " has a=setup:" + setup + ", not allowed in an "
                        + type.spec() + " (RFC 8842 section 5.3)");
            }
            if (m.isRtp()) {
                if (!m.hasAttribute("rtcp-mux")) {
                    throw DOMException.invalidAccess(where + " lacks a=rtcp-mux, which rtcpMuxPolicy 'require' needs");
                }
                for (String format : m.formats()) {
                    if (!isPayloadType(format)) {
                        throw DOMException.invalidAccess(where + " has format '" + format
                                + "', not an RTP payload type");
                    }
                }
            }
        }
        for (String mid : sdp.bundleMids()) {
            if (!mids.contains(mid)) {
                throw DOMException.invalidAccess("a=group:BUNDLE names mid '" + mid + "' that no m= section has");
            }
        }
    }

    /** Whether the section is in the BUNDLE group and not its transport section. */
    private static boolean carriedByBundle(Sdp sdp, SdpMedia m) {
        return m.mid().map(sdp.bundleMids()::contains).orElse(false)
                && sdp.transportSection().map(t -> !t.equals(m)).orElse(false);
    }

    private static void checkFingerprint(Sdp sdp, SdpMedia m, String where) {
        List<String> fingerprints = m.attributes("fingerprint");
        if (fingerprints.isEmpty()) {
            fingerprints = sdp.attributes("fingerprint");
        }
        if (fingerprints.isEmpty()) {
            throw DOMException.invalidAccess(where + " has no a=fingerprint (RFC 8122)");
        }
        for (String f : fingerprints) {
            String[] parts = f.trim().split("\\s+");
            if (parts.length != 2 || !RTCDtlsFingerprint.isSupportedAlgorithm(parts[0])
                    || !parts[1].matches("([0-9A-Fa-f]{2}:)*[0-9A-Fa-f]{2}")) {
                throw DOMException.invalidAccess(where + " has a malformed fingerprint '" + f + "'");
            }
        }
    }

    private static void checkSameSections(Sdp before, Sdp after, String what) {
        if (after.media().size() < before.media().size()) {
            throw DOMException.invalidAccess(what + " has fewer m= sections than negotiated ("
                    + after.media().size() + " < " + before.media().size() + ")");
        }
        for (int i = 0; i < before.media().size(); i++) {
            SdpMedia b = before.media().get(i);
            SdpMedia a = after.media().get(i);
            if (!a.media().equals(b.media())) {
                throw DOMException.invalidAccess(what + " has m=" + a.media() + " at index " + i
                        + " where m=" + b.media() + " was");
            }
            boolean recycled = b.isRejected() || a.isRejected();
            if (!recycled && !a.mid().equals(b.mid())) {
                throw DOMException.invalidAccess(what + " changes the mid at index " + i + " from "
                        + b.mid().orElse("none") + " to " + a.mid().orElse("none"));
            }
        }
    }

    private static boolean isPayloadType(String format) {
        if (format.isEmpty() || format.length() > 3 || !format.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Integer.parseInt(format) <= 127;
    }

    private static int lineOf(String text, String line) {
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().equals(line.trim())) {
                return i + 1;
            }
        }
        return 0;
    }
}
