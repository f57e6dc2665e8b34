package dev.parley.peer.dtls;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records every event of a transport, in order, as strings ("statechange:connected", "error:fingerprint-failure"). */
public final class RecordingDtlsListener implements RTCDtlsTransportListener {

    final List<String> events = new CopyOnWriteArrayList<>();
    final BlockingQueue<byte[]> data = new LinkedBlockingQueue<>();
    final List<DtlsError> errors = new CopyOnWriteArrayList<>();

    @Override
    public void onStateChange(RTCDtlsTransportState state) {
        events.add("statechange:" + state.specName());
        synchronized (this) {
            notifyAll();
        }
    }

    @Override
    public void onError(DtlsError error) {
        errors.add(error);
        events.add("error:" + error.errorDetail());
    }

    @Override
    public void onApplicationData(byte[] bytes) {
        data.add(bytes);
    }

    /** Waits until the state event arrives; fails naming what came instead. */
    synchronized void awaitState(RTCDtlsTransportState state, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String wanted = "statechange:" + state.specName();
        while (!events.contains(wanted)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + wanted + " within " + timeout + ", got " + events);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    byte[] awaitData(Duration timeout) throws InterruptedException {
        byte[] bytes = data.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (bytes == null) {
            throw new AssertionError("no application data within " + timeout + "; events " + events);
        }
        return bytes;
    }

    List<String> eventsSnapshot() {
        return new ArrayList<>(events);
    }
}
