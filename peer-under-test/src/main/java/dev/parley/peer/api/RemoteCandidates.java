package dev.parley.peer.api;

import dev.parley.peer.sdp.SdpCandidate;
import dev.parley.peer.sdp.SdpMedia;
import dev.parley.peer.sdp.SdpParseException;
import java.util.List;

/** The checks and bookkeeping of addIceCandidate() (webrtc-pc section 4.4.1.6). Runs under the lock. */
final class RemoteCandidates {

    private RemoteCandidates() {
    }

    /**
     * Adds the candidate to the remote description: InvalidStateError without one, OperationError for an
     * unknown mid, an index out of range, a ufrag of no remote generation, or a line that does not parse.
     *
     * @param allSections an end-of-candidates for every section (addIceCandidate() without a candidate)
     * @return what to give the transport: the candidate line with its generation's ufrag, or "" for
     *     end-of-candidates
     */
    static String add(SessionDescriptions descriptions, RTCIceCandidateInit init, boolean allSections) {
        SessionDescriptions.Entry remote = descriptions.remote();
        if (remote == null) {
            throw DOMException.invalidState("addIceCandidate() before setRemoteDescription()");
        }
        List<SdpMedia> media = remote.sdp().media();
        if (allSections) {
            for (int i = 0; i < media.size(); i++) {
                descriptions.addRemoteCandidate(i, "");
            }
            return "";
        }
        int index = sectionIndex(media, init);
        String ufrag = init.usernameFragment();
        String expected = remote.sdp().mediaOrSessionAttribute(media.get(index), "ice-ufrag").orElse("").trim();
        if (ufrag != null) {
            if (!ufrag.equals(expected)) {
                throw DOMException.operation("usernameFragment '" + ufrag + "' matches no remote ICE generation");
            }
        }
        String candidate = init.candidate() == null ? "" : init.candidate();
        if (!candidate.isEmpty()) {
            try {
                SdpCandidate.parse(candidate);
            } catch (SdpParseException e) {
                throw DOMException.operation("cannot parse candidate: " + e.getMessage());
            }
        }
        descriptions.addRemoteCandidate(index, candidate.startsWith("candidate:")
                ? candidate.substring("candidate:".length()) : candidate);
        return withGeneration(candidate, expected);
    }

    /**
     * The line for the transport names the ICE generation it belongs to (Chrome's {@code ufrag} extension),
     * so that a candidate trickled during an ICE restart joins the new generation, not the old one.
     */
    private static String withGeneration(String candidate, String ufrag) {
        if (candidate.isEmpty() || ufrag.isEmpty() || List.of(candidate.trim().split("\\s+")).contains("ufrag")) {
            return candidate;
        }
        return candidate.trim() + " ufrag " + ufrag;
    }

    /** sdpMid wins over sdpMLineIndex when both are given. */
    private static int sectionIndex(List<SdpMedia> media, RTCIceCandidateInit init) {
        if (init.sdpMid() != null) {
            for (int i = 0; i < media.size(); i++) {
                if (media.get(i).mid().map(init.sdpMid()::equals).orElse(false)) {
                    return i;
                }
            }
            throw DOMException.operation("no m= section has mid '" + init.sdpMid() + "'");
        }
        int index = init.sdpMLineIndex();
        if (index < 0 || index >= media.size()) {
            throw DOMException.operation("sdpMLineIndex " + index + " is out of range (" + media.size()
                    + " m= sections)");
        }
        return index;
    }
}
