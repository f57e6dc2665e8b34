package dev.parley.peer.jsep;

import dev.parley.peer.ice.IceParameters;

/** Reading ICE credentials from SDP (RFC 8839 section 5.4) without throwing on malformed ones. */
public final class IceCredentials {

    private IceCredentials() {
    }

    /** True if the values follow the ice-char grammar and lengths: 4 to 256 for ufrag, 22 to 256 for pwd. */
    public static boolean isValid(String ufrag, String pwd) {
        if (ufrag == null || pwd == null) {
            return false;
        }
        try {
            new IceParameters(ufrag, pwd);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
