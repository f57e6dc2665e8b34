package dev.parley.peer.sctp.association;

import java.util.Arrays;

/** What the association reports to its user, polled with {@link SctpAssociation#pollEvent()}. */
public sealed interface SctpEvent {

    /** The association reached ESTABLISHED (RFC 9260 section 5.1). */
    record Connected() implements SctpEvent {
    }

    /** The peer restarted the association (section 5.2.4 case A); all stream state starts over. */
    record Restarted() implements SctpEvent {
    }

    /** A whole user message arrived. */
    record MessageReceived(int streamId, int ppid, byte[] payload) implements SctpEvent {
        @Override
        public String toString() {
            return "MessageReceived[sid=" + streamId + ", ppid=" + ppid + ", len=" + payload.length + "]";
        }
    }

    /** The bytes queued on a stream fell to or below its buffered-amount-low threshold. */
    record BufferedAmountLow(int streamId) implements SctpEvent {
    }

    /** Our outgoing streams were reset (RFC 6525: the peer answered "Success - Performed"). */
    record OutgoingStreamsReset(int[] streamIds) implements SctpEvent {
        @Override
        public String toString() {
            return "OutgoingStreamsReset" + Arrays.toString(streamIds);
        }
    }

    /** The peer reset its outgoing streams, i.e. our incoming ones (RFC 6525 section 5.2.2). */
    record IncomingStreamsReset(int[] streamIds) implements SctpEvent {
        @Override
        public String toString() {
            return "IncomingStreamsReset" + Arrays.toString(streamIds);
        }
    }

    /** The peer refused to reset our outgoing streams. */
    record StreamResetFailed(int[] streamIds, String reason) implements SctpEvent {
    }

    /** The peer sent an ERROR chunk (the association goes on). */
    record PeerError(String description) implements SctpEvent {
    }

    /** Graceful SHUTDOWN finished (RFC 9260 section 9.2). */
    record Closed() implements SctpEvent {
    }

    /** The association ended abruptly: an ABORT from the peer, too many retransmissions, or abort(). */
    record Aborted(String reason, boolean byPeer) implements SctpEvent {
    }
}
