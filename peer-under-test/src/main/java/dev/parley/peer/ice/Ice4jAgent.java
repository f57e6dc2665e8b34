package dev.parley.peer.ice;

import org.ice4j.TransportAddress;
import org.ice4j.ice.Agent;
import org.ice4j.ice.LocalCandidate;
import org.ice4j.stack.StunStack;

/**
 * The ice4j Agent as Parley needs it:
 * <ul>
 * <li>with credentials chosen by its owner: JSEP writes ice-ufrag and ice-pwd into the SDP before
 *     any transport exists, and ice4j otherwise makes up its own. ice4j reads its local credentials
 *     only through these two getters (checks out, responses and MESSAGE-INTEGRITY keys in);</li>
 * <li>with a {@link CheckCountingStunStack}, so stats can show per-pair checks and round-trip times;</li>
 * <li>answering no check that arrives on a {@link RelayBaseHarvester.RelayBase} socket: under the
 *     relay policy nothing but the TURN server should talk to those, and an answer would teach the
 *     peer a host address as peer-reflexive.</li>
 * </ul>
 */
final class Ice4jAgent extends Agent {

    private final IceParameters credentials;
    // No initializer: Agent's constructor already calls getStunStack(), before this class's fields are set.
    private CheckCountingStunStack checks;

    Ice4jAgent(IceParameters credentials) {
        this.credentials = credentials;
    }

    @Override
    public String getLocalUfrag() {
        // Null only while Agent's own constructor runs (it may log itself).
        return credentials == null ? super.getLocalUfrag() : credentials.usernameFragment();
    }

    @Override
    public String getLocalPassword() {
        return credentials == null ? super.getLocalPassword() : credentials.password();
    }

    @Override
    public synchronized StunStack getStunStack() {
        if (checks == null) {
            checks = new CheckCountingStunStack();
        }
        return checks;
    }

    /** The per-pair check counters. */
    CheckCountingStunStack checkCounters() {
        return (CheckCountingStunStack) getStunStack();
    }

    @Override
    protected boolean incomingCheckReceived(TransportAddress remoteAddress, TransportAddress localAddress, long priority,
            String remoteUfrag, String localUfrag, boolean useCandidate) {
        LocalCandidate local = findLocalCandidate(localAddress);
        if (local instanceof RelayBaseHarvester.RelayBase) {
            return false;
        }
        return super.incomingCheckReceived(remoteAddress, localAddress, priority, remoteUfrag, localUfrag, useCandidate);
    }
}
