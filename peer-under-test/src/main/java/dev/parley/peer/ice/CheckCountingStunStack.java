package dev.parley.peer.ice;

import java.io.IOException;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

import org.ice4j.ResponseCollector;
import org.ice4j.StunException;
import org.ice4j.StunMessageEvent;
import org.ice4j.StunResponseEvent;
import org.ice4j.StunTimeoutEvent;
import org.ice4j.TransportAddress;
import org.ice4j.ice.CandidatePair;
import org.ice4j.message.Message;
import org.ice4j.message.Request;
import org.ice4j.message.Response;
import org.ice4j.stack.StunStack;
import org.ice4j.stack.TransactionID;

/**
 * An ice4j STUN stack that counts and times the checks of each candidate pair: ice4j keeps no
 * round-trip times and no per-pair counts, and every check, consent check and answer of an
 * agent passes through its stack. Pairs are keyed by the local and remote transport addresses
 * ({@code ip:port}), as {@link IceCandidateInfo} shows them.
 */
final class CheckCountingStunStack extends StunStack {

    private final Map<String, PairChecks> pairs = new ConcurrentHashMap<>();

    CheckCountingStunStack() {
        addRequestListener(this::onRequest);
    }

    /** The counters of the pair between these candidates, zero if it saw no check. */
    IceCheckCounters counters(IceCandidateInfo local, IceCandidateInfo remote) {
        PairChecks checks = pairs.get(key(local.address() + ":" + local.port(), remote.address() + ":" + remote.port()));
        return checks == null ? IceCheckCounters.NONE : checks.snapshot();
    }

    @Override
    public TransactionID sendRequest(Request request, TransportAddress sendTo, TransportAddress sendThrough,
            ResponseCollector collector, TransactionID transactionID, int originalWaitInterval, int maxWaitInterval,
            int maxRetransmissions) throws IllegalArgumentException, IOException {
        if (!(transactionID.getApplicationData() instanceof CandidatePair pair)) {
            // TURN allocations and refreshes: not checks.
            return super.sendRequest(request, sendTo, sendThrough, collector, transactionID, originalWaitInterval,
                    maxWaitInterval, maxRetransmissions);
        }
        PairChecks checks = pairFor(pair.getLocalCandidate().getTransportAddress(), pair.getRemoteCandidate().getTransportAddress());
        boolean consent = pair.equals(pair.getParentComponent().getSelectedPair());
        // Timed from the first transmission: ice4j retransmits within the transaction and does not
        // say which copy was answered, so a lost request adds its retransmission wait.
        long sentNanos = System.nanoTime();
        checks.requestSent(consent);
        ResponseCollector timing = new ResponseCollector() {
            @Override
            public void processResponse(StunResponseEvent event) {
                checks.responseReceived(event.getResponse().isSuccessResponse(), System.nanoTime() - sentNanos);
                collector.processResponse(event);
            }

            @Override
            public void processTimeout(StunTimeoutEvent event) {
                collector.processTimeout(event);
            }
        };
        return super.sendRequest(request, sendTo, sendThrough, timing, transactionID, originalWaitInterval,
                maxWaitInterval, maxRetransmissions);
    }

    @Override
    public void sendResponse(byte[] transactionID, Response response, TransportAddress sendThrough, TransportAddress sendTo)
            throws StunException, IOException, IllegalArgumentException {
        super.sendResponse(transactionID, response, sendThrough, sendTo);
        if (response.getMessageType() == Message.BINDING_SUCCESS_RESPONSE) {
            pairFor(sendThrough, sendTo).responseSent();
        }
    }

    private void onRequest(StunMessageEvent event) {
        if (event.getMessage().getMessageType() == Message.BINDING_REQUEST) {
            pairFor(event.getLocalAddress(), event.getRemoteAddress()).requestReceived();
        }
    }

    private PairChecks pairFor(TransportAddress local, TransportAddress remote) {
        return pairs.computeIfAbsent(key(local.getHostAddress() + ":" + local.getPort(),
                remote.getHostAddress() + ":" + remote.getPort()), k -> new PairChecks());
    }

    private static String key(String local, String remote) {
        return local + "|" + remote;
    }

    /** One pair's tallies; updated on ice4j's threads, read by stats. */
    private static final class PairChecks {
        private long requestsSent;
        private long consentRequestsSent;
        private long responsesReceived;
        private long requestsReceived;
        private long responsesSent;
        private long totalRoundTripNanos;
        private long currentRoundTripNanos = -1;

        synchronized void requestSent(boolean consent) {
            requestsSent++;
            if (consent) {
                consentRequestsSent++;
            }
        }

        synchronized void responseReceived(boolean success, long roundTripNanos) {
            responsesReceived++;
            if (success) {
                totalRoundTripNanos += roundTripNanos;
                currentRoundTripNanos = roundTripNanos;
            }
        }

        synchronized void requestReceived() {
            requestsReceived++;
        }

        synchronized void responseSent() {
            responsesSent++;
        }

        synchronized IceCheckCounters snapshot() {
            return new IceCheckCounters(requestsSent, responsesReceived, requestsReceived, responsesSent, consentRequestsSent,
                    totalRoundTripNanos / 1e9,
                    currentRoundTripNanos < 0 ? OptionalDouble.empty() : OptionalDouble.of(currentRoundTripNanos / 1e9));
        }
    }
}
