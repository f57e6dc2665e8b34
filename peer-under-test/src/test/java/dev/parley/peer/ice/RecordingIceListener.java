package dev.parley.peer.ice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Records an ICE transport's events in order as strings: "state:checking", "gathering:complete", "candidate", "end-of-candidates", "error:701", "pair". */
public final class RecordingIceListener implements RTCIceTransportListener {

    public final List<String> events = new CopyOnWriteArrayList<>();
    final List<IceCandidateInfo> candidates = new CopyOnWriteArrayList<>();
    final List<IceCandidateError> errors = new CopyOnWriteArrayList<>();

    @Override
    public void onStateChange(RTCIceTransportState state) {
        add("state:" + state.specName());
    }

    @Override
    public void onGatheringStateChange(RTCIceGathererState state) {
        add("gathering:" + state.specName());
    }

    @Override
    public void onLocalCandidate(IceCandidateInfo candidate) {
        candidates.add(candidate);
        add("candidate");
    }

    @Override
    public void onEndOfLocalCandidates() {
        add("end-of-candidates");
    }

    @Override
    public void onIceCandidateError(IceCandidateError error) {
        errors.add(error);
        add("error:" + error.errorCode());
    }

    @Override
    public void onSelectedCandidatePairChange(RTCIceCandidatePairInfo pair) {
        add("pair");
    }

    private synchronized void add(String event) {
        events.add(event);
        notifyAll();
    }

    public synchronized void await(String event, Duration timeout) throws InterruptedException {
        awaitMatch(event::equals, event, timeout);
    }

    /** Waits for the n-th occurrence (1-based) of an event. */
    public synchronized void awaitCount(String event, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (events.stream().filter(event::equals).count() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " x " + event + " within " + timeout + ", got " + events);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private void awaitMatch(Predicate<String> match, String what, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (events.stream().noneMatch(match)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + what + " within " + timeout + ", got " + events);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Events other than candidates, which vary in number with the machine. */
    public List<String> statesOnly() {
        List<String> out = new ArrayList<>();
        for (String event : events) {
            if (event.startsWith("state:")) {
                out.add(event);
            }
        }
        return out;
    }
}
