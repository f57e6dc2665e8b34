package dev.parley.peer.ice;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Datagrams sent before ICE has selected a pair: a few are kept (the newest win) and go out once
 * one is, so a DTLS flight started while checks run is not left to its retransmission timer.
 */
final class EarlyDatagrams {

    /** A DTLS flight is a handful of datagrams; anything older is stale anyway. */
    private static final int CAPACITY = 32;

    private final ArrayDeque<byte[]> datagrams = new ArrayDeque<>();

    synchronized void add(byte[] data, int offset, int length) {
        if (datagrams.size() == CAPACITY) {
            datagrams.pollFirst();
        }
        datagrams.addLast(Arrays.copyOfRange(data, offset, offset + length));
    }

    synchronized List<byte[]> drain() {
        List<byte[]> out = new ArrayList<>(datagrams);
        datagrams.clear();
        return out;
    }

    synchronized boolean isEmpty() {
        return datagrams.isEmpty();
    }
}
