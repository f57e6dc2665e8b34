package dev.parley.peer.ice;

import org.ice4j.ice.Agent;

/**
 * An ice4j Agent that uses credentials chosen by its owner: JSEP writes ice-ufrag and ice-pwd into
 * the SDP before any transport exists, and ice4j otherwise makes up its own. ice4j reads its local
 * credentials only through these two getters (connectivity checks out, responses and
 * MESSAGE-INTEGRITY keys in), so overriding them is enough.
 */
final class CredentialedAgent extends Agent {

    private final IceParameters credentials;

    CredentialedAgent(IceParameters credentials) {
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
}
