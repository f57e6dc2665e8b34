package dev.parley.harness.impair;

import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

/** A packet waiting in the forwarder for its arrival time; equal times keep their receive order. */
record Datagram(byte[] payload, DatagramChannel via, InetSocketAddress to, PathShaper path, long dueNanos,
        long sequence) implements Delayed {

    @Override
    public long getDelay(TimeUnit unit) {
        return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
        Datagram o = (Datagram) other;
        int byTime = Long.compare(dueNanos, o.dueNanos);
        return byTime != 0 ? byTime : Long.compare(sequence, o.sequence);
    }
}
