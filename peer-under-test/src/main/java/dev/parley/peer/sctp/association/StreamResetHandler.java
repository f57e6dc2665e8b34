package dev.parley.peer.sctp.association;

import dev.parley.peer.sctp.packet.AddIncomingStreamsRequestParameter;
import dev.parley.peer.sctp.packet.AddOutgoingStreamsRequestParameter;
import dev.parley.peer.sctp.packet.IncomingSsnResetRequestParameter;
import dev.parley.peer.sctp.packet.OutgoingSsnResetRequestParameter;
import dev.parley.peer.sctp.packet.Parameter;
import dev.parley.peer.sctp.packet.ReConfigChunk;
import dev.parley.peer.sctp.packet.ReconfigurationResponseParameter;
import dev.parley.peer.sctp.packet.SsnTsnResetRequestParameter;
import dev.parley.peer.sctp.timer.Timer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stream reconfiguration (RFC 6525), as data channels use it to close (RFC 8831 section 6.7): our
 * Outgoing SSN Reset Requests, one at a time, sent once the streams' queued data has its TSNs and
 * retransmitted on a timer; the peer's Outgoing SSN Reset Requests, performed once every TSN up to the
 * peer's last assigned one has arrived ("deferred reset processing", section 5.2.2, answered "In
 * progress" meanwhile); the peer's Incoming SSN Reset Requests, answered by resetting our side. SSN/TSN
 * resets and adding streams are declined ("Denied"). Request sequence numbers start at the initial TSN
 * (section 5.1.1), as dcSCTP does.
 */
final class StreamResetHandler {
    private final TransmissionControlBlock tcb;
    private final Timer timer = new Timer("RE-CONFIG");
    private final Set<Integer> requested = new LinkedHashSet<>();
    private final Set<Integer> resetting = new LinkedHashSet<>();
    private final List<Parameter> pendingResponses = new ArrayList<>();
    private OutgoingSsnResetRequestParameter inFlight;
    private boolean sendRequestNow;
    private int nextRequestSeq;
    private int expectedPeerRequestSeq;
    private ReconfigurationResponseParameter lastResponse;
    private OutgoingSsnResetRequestParameter deferred;

    StreamResetHandler(TransmissionControlBlock tcb) {
        this.tcb = tcb;
        this.nextRequestSeq = tcb.myInitialTsn;
        this.expectedPeerRequestSeq = tcb.peerInitialTsn;
    }

    /** Queues an Outgoing SSN Reset for these streams (sent once their queued messages have TSNs). */
    void requestReset(int[] streamIds) {
        for (int sid : streamIds) {
            if (resetting.add(sid)) {
                requested.add(sid);
            }
        }
    }

    /** The stream is being reset: no new messages may be queued on it. */
    boolean isResetting(int streamId) {
        return resetting.contains(streamId);
    }

    long deadline() {
        return timer.deadline();
    }

    /** Builds the next request if none is outstanding, and finishes deferred peer requests. */
    void prepareRequest(long now) {
        processDeferred();
        if (inFlight != null || requested.isEmpty()) {
            return;
        }
        List<Integer> ready = new ArrayList<>();
        for (int sid : requested) {
            if (tcb.ctx.sendQueue.isStreamIdle(sid)) {
                ready.add(sid);
            }
        }
        if (ready.isEmpty()) {
            return;
        }
        requested.removeAll(ready);
        inFlight = new OutgoingSsnResetRequestParameter(nextRequestSeq, expectedPeerRequestSeq - 1,
                (int) (tcb.retransmissions.nextTsn() - 1), ready.stream().mapToInt(Integer::intValue).toArray());
        sendRequestNow = true;
        timer.start(now, tcb.timerDuration());
    }

    void addChunks(PacketBuilder b) {
        while (!pendingResponses.isEmpty() && b.add(new ReConfigChunk(List.of(pendingResponses.get(0))))) {
            pendingResponses.remove(0);
        }
        if (sendRequestNow && b.add(new ReConfigChunk(List.of(inFlight)))) {
            sendRequestNow = false;
        }
    }

    /** Retransmits the outstanding request (RFC 6525 section 5.1.1). Returns false if the association ended. */
    boolean handleTimeout(long now) {
        if (!timer.isDue(now)) {
            return true;
        }
        timer.expire();
        if (!tcb.countError("RE-CONFIG")) {
            return false;
        }
        if (inFlight != null) {
            // the last assigned TSN may have moved if data was queued meanwhile; a request keeps its own
            sendRequestNow = true;
            timer.restartWithBackoff(now, tcb.ctx.options.maxTimerBackoffMillis);
        }
        return true;
    }

    void handle(ReConfigChunk chunk, long now) {
        for (Parameter p : chunk.parameters()) {
            if (p instanceof OutgoingSsnResetRequestParameter req) {
                handleOutgoingRequest(req);
            } else if (p instanceof ReconfigurationResponseParameter resp) {
                handleResponse(resp, now);
            } else if (p instanceof IncomingSsnResetRequestParameter req) {
                handleIncomingRequest(req);
            } else if (p instanceof SsnTsnResetRequestParameter req) {
                denyOrRepeat(req.requestSequenceNumber());
            } else if (p instanceof AddOutgoingStreamsRequestParameter req) {
                denyOrRepeat(req.requestSequenceNumber());
            } else if (p instanceof AddIncomingStreamsRequestParameter req) {
                denyOrRepeat(req.requestSequenceNumber());
            }
        }
    }

    /**
     * Incoming SSN Reset Request (RFC 6525 section 5.2.3): the peer asks us to reset our outgoing
     * streams; the answer is our own Outgoing SSN Reset Request, whose response sequence number names
     * this request. Resetting all streams (an empty list) is declined.
     */
    private void handleIncomingRequest(IncomingSsnResetRequestParameter req) {
        int seq = req.requestSequenceNumber();
        if (seq == expectedPeerRequestSeq && req.streamIds().length > 0) {
            expectedPeerRequestSeq++;
            requestReset(req.streamIds());
        } else if (seq == expectedPeerRequestSeq - 1 && inFlight != null) {
            sendRequestNow = true; // the peer missed our answer: repeat it
        } else {
            denyOrRepeat(seq);
        }
    }

    /** Requests other than SSN resets are not offered by browsers; this stack declines them. */
    private void denyOrRepeat(int seq) {
        if (seq == expectedPeerRequestSeq) {
            respond(seq, ReconfigurationResponseParameter.DENIED);
            expectedPeerRequestSeq++;
        } else {
            repeatOrReject(seq);
        }
    }

    private void handleOutgoingRequest(OutgoingSsnResetRequestParameter req) {
        int seq = req.requestSequenceNumber();
        if (seq != expectedPeerRequestSeq) {
            repeatOrReject(seq);
            return;
        }
        deferred = req;
        if (!processDeferred()) {
            respond(seq, ReconfigurationResponseParameter.IN_PROGRESS);
        }
    }

    /** Performs a deferred peer request once its last TSN has arrived; true when done. */
    private boolean processDeferred() {
        if (deferred == null) {
            return false;
        }
        long lastTsn = tcb.dataTracker.unwrap(deferred.sendersLastAssignedTsn());
        if (tcb.dataTracker.cumulativeTsn() < lastTsn) {
            return false;
        }
        int[] streams = deferred.streamIds();
        tcb.deliverMessages(); // the stream's last messages are reported before its reset
        tcb.reassembly.resetStreams(streams);
        respond(deferred.requestSequenceNumber(), ReconfigurationResponseParameter.SUCCESS_PERFORMED);
        expectedPeerRequestSeq++;
        deferred = null;
        tcb.ctx.emit(new SctpEvent.IncomingStreamsReset(streams));
        return true;
    }

    private void repeatOrReject(int seq) {
        if (seq == expectedPeerRequestSeq - 1 && lastResponse != null && lastResponse.responseSequenceNumber() == seq) {
            pendingResponses.add(lastResponse);
        } else if (deferred != null && seq == deferred.requestSequenceNumber()) {
            pendingResponses.add(
                    ReconfigurationResponseParameter.of(seq, ReconfigurationResponseParameter.IN_PROGRESS));
        } else {
            pendingResponses.add(ReconfigurationResponseParameter.of(seq,
                    ReconfigurationResponseParameter.ERROR_BAD_SEQUENCE_NUMBER));
        }
    }

    private void respond(int seq, int result) {
        ReconfigurationResponseParameter r = ReconfigurationResponseParameter.of(seq, result);
        if (result != ReconfigurationResponseParameter.IN_PROGRESS) {
            lastResponse = r;
        }
        pendingResponses.add(r);
    }

    private void handleResponse(ReconfigurationResponseParameter resp, long now) {
        if (inFlight == null || resp.responseSequenceNumber() != inFlight.requestSequenceNumber()) {
            return;
        }
        int[] streams = inFlight.streamIds();
        switch (resp.result()) {
            case ReconfigurationResponseParameter.SUCCESS_PERFORMED,
                    ReconfigurationResponseParameter.SUCCESS_NOTHING_TO_DO -> {
                tcb.ctx.sendQueue.resetStreams(streams);
                finish(streams);
                tcb.ctx.emit(new SctpEvent.OutgoingStreamsReset(streams));
            }
            case ReconfigurationResponseParameter.IN_PROGRESS -> {
                // the peer is there and working on it: ask again later, without counting an error
                tcb.clearErrorCount();
                timer.start(now, tcb.timerDuration());
            }
            default -> {
                finish(streams);
                tcb.ctx.emit(new SctpEvent.StreamResetFailed(streams, "peer answered result " + resp.result()));
            }
        }
    }

    private void finish(int[] streams) {
        for (int sid : streams) {
            resetting.remove(sid);
        }
        inFlight = null;
        sendRequestNow = false;
        nextRequestSeq++;
        timer.stop();
        tcb.clearErrorCount();
    }

    @Override
    public String toString() {
        return "StreamResetHandler[inFlight=" + inFlight + ", requested=" + requested + ", resetting="
                + Arrays.toString(resetting.stream().mapToInt(Integer::intValue).toArray()) + "]";
    }
}
