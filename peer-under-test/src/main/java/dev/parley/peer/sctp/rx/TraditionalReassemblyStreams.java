package dev.parley.peer.sctp.rx;

import dev.parley.peer.sctp.SerialNumbers;
import dev.parley.peer.sctp.packet.ForwardTsnChunk;
import dev.parley.peer.sctp.packet.IForwardTsnChunk;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reassembly for DATA chunks (RFC 9260 section 6.9): the fragments of one message carry consecutive
 * TSNs from a B to an E fragment. Ordered messages are grouped by SSN and delivered in SSN order per
 * stream (section 6.5); unordered ones as soon as they are complete (section 6.6).
 */
final class TraditionalReassemblyStreams implements ReassemblyStreams {

    private static final class OrderedStream {
        long nextSsn;
        final TreeMap<Long, TreeMap<Long, DataFragment>> bySsn = new TreeMap<>();
    }

    private final Map<Integer, OrderedStream> ordered = new HashMap<>();
    private final Map<Integer, TreeMap<Long, DataFragment>> unordered = new HashMap<>();
    private long buffered;

    @Override
    public void add(DataFragment f, Consumer<ReceivedMessage> deliver) {
        if (f.unordered()) {
            if (f.beginning() && f.ending()) {
                deliver.accept(new ReceivedMessage(f.streamId(), f.ppid(), f.payload()));
                return;
            }
            TreeMap<Long, DataFragment> byTsn = unordered.computeIfAbsent(f.streamId(), k -> new TreeMap<>());
            byTsn.put(f.tsn(), f);
            buffered += Fragments.cost(f);
            assembleUnordered(byTsn, f.tsn(), deliver);
            if (byTsn.isEmpty()) {
                unordered.remove(f.streamId());
            }
            return;
        }
        OrderedStream s = ordered.computeIfAbsent(f.streamId(), k -> new OrderedStream());
        long ssn = SerialNumbers.unwrap16(s.nextSsn, f.messageId());
        if (ssn < s.nextSsn) {
            return; // already delivered or skipped by FORWARD TSN
        }
        s.bySsn.computeIfAbsent(ssn, k -> new TreeMap<>()).put(f.tsn(), f);
        buffered += Fragments.cost(f);
        deliverReady(s, deliver);
    }

    private void assembleUnordered(TreeMap<Long, DataFragment> byTsn, long tsn, Consumer<ReceivedMessage> deliver) {
        long start = tsn;
        DataFragment f = byTsn.get(tsn);
        while (!f.beginning()) {
            DataFragment prev = byTsn.get(start - 1);
            if (prev == null || prev.ending()) {
                return;
            }
            start--;
            f = prev;
        }
        long end = tsn;
        f = byTsn.get(tsn);
        while (!f.ending()) {
            DataFragment next = byTsn.get(end + 1);
            if (next == null || next.beginning()) {
                return;
            }
            end++;
            f = next;
        }
        Map<Long, DataFragment> message = byTsn.subMap(start, true, end, true);
        buffered -= Fragments.cost(message.values());
        deliver.accept(Fragments.join(message.values()));
        message.clear();
    }

    private void deliverReady(OrderedStream s, Consumer<ReceivedMessage> deliver) {
        while (true) {
            TreeMap<Long, DataFragment> group = s.bySsn.get(s.nextSsn);
            if (group == null || !isComplete(group)) {
                return;
            }
            s.bySsn.remove(s.nextSsn);
            buffered -= Fragments.cost(group.values());
            deliver.accept(Fragments.join(group.values()));
            s.nextSsn++;
        }
    }

    private static boolean isComplete(TreeMap<Long, DataFragment> group) {
        DataFragment first = group.firstEntry().getValue();
        DataFragment last = group.lastEntry().getValue();
        return first.beginning() && last.ending() && last.tsn() - first.tsn() + 1 == group.size();
    }

    @Override
    public void forwardTsn(long newCumulativeTsn, List<ForwardTsnChunk.SkippedStream> skipped,
                           List<IForwardTsnChunk.SkippedMessage> skippedMessages, Consumer<ReceivedMessage> deliver) {
        // FORWARD TSN does not name unordered messages (RFC 3758 section 3.2): every unordered
        // fragment at or below the new cumulative TSN belongs to an abandoned message.
        Iterator<TreeMap<Long, DataFragment>> streams = unordered.values().iterator();
        while (streams.hasNext()) {
            TreeMap<Long, DataFragment> byTsn = streams.next();
            Map<Long, DataFragment> stale = byTsn.headMap(newCumulativeTsn, true);
            buffered -= Fragments.cost(stale.values());
            stale.clear();
            if (byTsn.isEmpty()) {
                streams.remove();
            }
        }
        for (ForwardTsnChunk.SkippedStream skip : skipped) {
            OrderedStream s = ordered.computeIfAbsent(skip.streamId(), k -> new OrderedStream());
            long ssn = SerialNumbers.unwrap16(s.nextSsn, skip.ssn());
            if (ssn < s.nextSsn) {
                continue;
            }
            // up to the skipped SSN: complete messages are still delivered in order, the rest dropped
            // (RFC 3758 section 3.6)
            Map<Long, TreeMap<Long, DataFragment>> upTo = s.bySsn.headMap(ssn, true);
            for (TreeMap<Long, DataFragment> group : upTo.values()) {
                buffered -= Fragments.cost(group.values());
                if (isComplete(group)) {
                    deliver.accept(Fragments.join(group.values()));
                }
            }
            upTo.clear();
            s.nextSsn = ssn + 1;
            deliverReady(s, deliver);
        }
    }

    @Override
    public void resetStreams(int[] streamIds) {
        if (streamIds.length == 0) {
            dropAll();
            return;
        }
        for (int sid : streamIds) {
            OrderedStream s = ordered.remove(sid);
            if (s != null) {
                for (TreeMap<Long, DataFragment> group : s.bySsn.values()) {
                    buffered -= Fragments.cost(group.values());
                }
            }
        }
    }

    private void dropAll() {
        ordered.clear();
        unordered.clear();
        buffered = 0;
    }

    @Override
    public long bufferedBytes() {
        return buffered;
    }
}
