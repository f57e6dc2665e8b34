package dev.parley.peer.sctp.rx;

import dev.parley.peer.sctp.SerialNumbers;
import dev.parley.peer.sctp.packet.ForwardTsnChunk;
import dev.parley.peer.sctp.packet.IForwardTsnChunk;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reassembly for I-DATA (RFC 8260 section 2.1): a message is identified by stream, U flag and MID,
 * its fragments by FSN from 0 (B) to the E fragment. Ordered messages leave in MID order per stream;
 * unordered ones (their own MID sequence) when complete.
 */
final class InterleavedReassemblyStreams implements ReassemblyStreams {

    private record StreamKey(int streamId, boolean unordered) {
    }

    private static final class Stream {
        /** Next MID to deliver (ordered) or the reference for unwrapping (unordered). */
        long nextMid;
        final TreeMap<Long, TreeMap<Integer, DataFragment>> byMid = new TreeMap<>();
    }

    private final Map<StreamKey, Stream> streams = new HashMap<>();
    private long buffered;

    @Override
    public void add(DataFragment f, Consumer<ReceivedMessage> deliver) {
        StreamKey key = new StreamKey(f.streamId(), f.unordered());
        Stream s = streams.computeIfAbsent(key, k -> new Stream());
        long mid = SerialNumbers.unwrap32(s.nextMid, f.messageId());
        if (!f.unordered() && mid < s.nextMid) {
            return; // delivered or skipped already
        }
        if (f.unordered() && f.beginning() && f.ending()) {
            deliver.accept(new ReceivedMessage(f.streamId(), f.ppid(), f.payload()));
            s.nextMid = Math.max(s.nextMid, mid + 1);
            return;
        }
        TreeMap<Integer, DataFragment> message = s.byMid.computeIfAbsent(mid, k -> new TreeMap<>());
        if (message.putIfAbsent(f.fsn(), f) != null) {
            return;
        }
        buffered += Fragments.cost(f);
        if (f.unordered()) {
            if (isComplete(message)) {
                s.byMid.remove(mid);
                buffered -= Fragments.cost(message.values());
                deliver.accept(Fragments.join(message.values()));
                s.nextMid = Math.max(s.nextMid, mid + 1);
            }
        } else {
            deliverReady(s, deliver);
        }
    }

    private void deliverReady(Stream s, Consumer<ReceivedMessage> deliver) {
        while (true) {
            TreeMap<Integer, DataFragment> message = s.byMid.get(s.nextMid);
            if (message == null || !isComplete(message)) {
                return;
            }
            s.byMid.remove(s.nextMid);
            buffered -= Fragments.cost(message.values());
            deliver.accept(Fragments.join(message.values()));
            s.nextMid++;
        }
    }

    private static boolean isComplete(TreeMap<Integer, DataFragment> message) {
        DataFragment first = message.firstEntry().getValue();
        DataFragment last = message.lastEntry().getValue();
        return first.fsn() == 0 && first.beginning() && last.ending() && last.fsn() + 1L == message.size();
    }

    @Override
    public void forwardTsn(long newCumulativeTsn, List<ForwardTsnChunk.SkippedStream> skipped,
                           List<IForwardTsnChunk.SkippedMessage> skippedMessages, Consumer<ReceivedMessage> deliver) {
        for (IForwardTsnChunk.SkippedMessage skip : skippedMessages) {
            Stream s = streams.computeIfAbsent(new StreamKey(skip.streamId(), skip.unordered()), k -> new Stream());
            long mid = SerialNumbers.unwrap32(s.nextMid, skip.mid());
            // complete messages up to the skipped MID are still delivered in order, the rest dropped
            Map<Long, TreeMap<Integer, DataFragment>> upTo = s.byMid.headMap(mid, true);
            for (TreeMap<Integer, DataFragment> message : upTo.values()) {
                buffered -= Fragments.cost(message.values());
                if (isComplete(message)) {
                    deliver.accept(Fragments.join(message.values()));
                }
            }
            upTo.clear();
            if (!skip.unordered()) {
                if (mid >= s.nextMid) {
                    s.nextMid = mid + 1;
                }
                deliverReady(s, deliver);
            } else {
                s.nextMid = Math.max(s.nextMid, mid + 1);
            }
        }
    }

    @Override
    public void resetStreams(int[] streamIds) {
        if (streamIds.length == 0) {
            streams.clear();
            buffered = 0;
            return;
        }
        for (int sid : streamIds) {
            for (boolean u : new boolean[] {false, true}) {
                Stream s = streams.remove(new StreamKey(sid, u));
                if (s != null) {
                    for (TreeMap<Integer, DataFragment> message : s.byMid.values()) {
                        buffered -= Fragments.cost(message.values());
                    }
                }
            }
        }
    }

    @Override
    public long bufferedBytes() {
        return buffered;
    }
}
