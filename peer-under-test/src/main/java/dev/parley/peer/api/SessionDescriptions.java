package dev.parley.peer.api;

import dev.parley.peer.jsep.DescriptionSide;
import dev.parley.peer.sdp.Sdp;
import dev.parley.peer.sdp.SdpAttribute;
import dev.parley.peer.sdp.SdpMedia;
import java.util.ArrayList;
import java.util.List;

/**
 * The four description slots of webrtc-pc section 4.4.1.1 ([[CurrentLocalDescription]],
 * [[PendingLocalDescription]], and their remote twins) and how each description type moves them
 * (section 4.4.1.5, "set the RTCSessionDescription" step 4.2).
 */
final class SessionDescriptions {

    /** A description as given and as parsed. */
    record Entry(RTCSessionDescription description, Sdp sdp) {
        RTCSdpType type() {
            return description.type();
        }
    }

    private Entry currentLocal;
    private Entry pendingLocal;
    private Entry currentRemote;
    private Entry pendingRemote;

    Entry currentLocal() {
        return currentLocal;
    }

    Entry pendingLocal() {
        return pendingLocal;
    }

    Entry currentRemote() {
        return currentRemote;
    }

    Entry pendingRemote() {
        return pendingRemote;
    }

    Entry local() {
        return pendingLocal != null ? pendingLocal : currentLocal;
    }

    Entry remote() {
        return pendingRemote != null ? pendingRemote : currentRemote;
    }

    /** The m= section layout of the last completed negotiation, which a re-offer must keep. */
    Sdp negotiated() {
        return currentLocal != null ? currentLocal.sdp() : currentRemote != null ? currentRemote.sdp() : null;
    }

    void apply(DescriptionSide side, Entry entry) {
        boolean local = side == DescriptionSide.LOCAL;
        switch (entry.type()) {
            case OFFER, PRANSWER -> {
                if (local) {
                    pendingLocal = entry;
                } else {
                    pendingRemote = entry;
                }
            }
            case ANSWER -> {
                if (local) {
                    currentLocal = entry;
                    currentRemote = pendingRemote;
                } else {
                    currentRemote = entry;
                    currentLocal = pendingLocal;
                }
                pendingLocal = null;
                pendingRemote = null;
            }
            case ROLLBACK -> rollback();
        }
    }

    void rollback() {
        pendingLocal = null;
        pendingRemote = null;
    }

    /** Adds a remote candidate line (or end-of-candidates for "") to one section of the remote description. */
    void addRemoteCandidate(int index, String candidateValue) {
        boolean pending = pendingRemote != null;
        Entry updated = withCandidate(remote(), index, candidateValue);
        if (pending) {
            pendingRemote = updated;
        } else {
            currentRemote = updated;
        }
    }

    /**
     * Adds a gathered candidate ({@code candidate:...}) to every bundled section of the local description in
     * effect, as browsers show gathered candidates in localDescription.
     */
    void addLocalCandidate(String candidate) {
        Entry entry = local();
        if (entry == null) {
            return;
        }
        String value = candidate.startsWith("candidate:") ? candidate.substring("candidate:".length()) : candidate;
        for (int i = 0; i < entry.sdp().media().size(); i++) {
            if (!entry.sdp().media().get(i).isRejected()) {
                entry = withCandidate(entry, i, value);
            }
        }
        if (pendingLocal != null) {
            pendingLocal = entry;
        } else {
            currentLocal = entry;
        }
    }

    private static Entry withCandidate(Entry entry, int index, String candidateValue) {
        List<SdpMedia> media = new ArrayList<>(entry.sdp().media());
        SdpMedia section = media.get(index);
        List<SdpAttribute> attributes = new ArrayList<>(section.attributes());
        SdpAttribute line = candidateValue.isEmpty() ? SdpAttribute.property("end-of-candidates")
                : SdpAttribute.of("candidate", candidateValue);
        if (attributes.contains(line)) {
            return entry;
        }
        attributes.add(line);
        media.set(index, section.withAttributes(attributes));
        Sdp sdp = entry.sdp();
        Sdp updated = new Sdp(sdp.version(), sdp.origin(), sdp.sessionName(), sdp.information(), sdp.uri(),
                sdp.emails(), sdp.phones(), sdp.connection(), sdp.bandwidths(), sdp.timings(), sdp.zone(),
                sdp.key(), sdp.attributes(), media);
        return new Entry(new RTCSessionDescription(entry.type(), updated.toString()), updated);
    }
}
