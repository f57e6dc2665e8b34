package dev.parley.peer.sctp.rx;

import java.util.Collection;

/** Joins fragments into one payload and weighs them for buffer accounting. */
final class Fragments {
    private Fragments() {
    }

    static long cost(DataFragment f) {
        return f.payload().length + (long) ReassemblyQueue.FRAGMENT_OVERHEAD;
    }

    static long cost(Collection<DataFragment> fragments) {
        long sum = 0;
        for (DataFragment f : fragments) {
            sum += cost(f);
        }
        return sum;
    }

    static ReceivedMessage join(Collection<DataFragment> fragments) {
        int size = 0;
        DataFragment first = null;
        for (DataFragment f : fragments) {
            if (first == null) {
                first = f;
            }
            size += f.payload().length;
        }
        byte[] payload = new byte[size];
        int offset = 0;
        for (DataFragment f : fragments) {
            System.arraycopy(f.payload(), 0, payload, offset, f.payload().length);
            offset += f.payload().length;
        }
        return new ReceivedMessage(first.streamId(), first.ppid(), payload);
    }
}
