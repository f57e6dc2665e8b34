package dev.parley.peer.sctp.rx;

import dev.parley.peer.sctp.packet.ForwardTsnChunk;
import dev.parley.peer.sctp.packet.IForwardTsnChunk;
import java.util.List;
import java.util.function.Consumer;

/**
 * Per-stream reassembly, in one of two flavours: by TSN and SSN for DATA (RFC 9260 section 6.9), by
 * MID and FSN for I-DATA (RFC 8260 section 2.1).
 */
interface ReassemblyStreams {
    /** Adds a fragment; complete messages go to {@code deliver}. */
    void add(DataFragment fragment, Consumer<ReceivedMessage> deliver);

    /** Forgets abandoned fragments and skips sequence numbers (RFC 3758 / RFC 8260 section 2.3). */
    void forwardTsn(long newCumulativeTsn, List<ForwardTsnChunk.SkippedStream> skipped,
                    List<IForwardTsnChunk.SkippedMessage> skippedMessages, Consumer<ReceivedMessage> deliver);

    /** Restarts the given incoming streams at sequence number 0 (RFC 6525 section 5.2.2). */
    void resetStreams(int[] streamIds);

    long bufferedBytes();
}
