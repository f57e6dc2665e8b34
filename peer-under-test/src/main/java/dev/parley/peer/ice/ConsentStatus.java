package dev.parley.peer.ice;

import java.time.Duration;

/**
 * Consent freshness (RFC 7675) as a pure function of how long ago the peer last answered a
 * consent check: fresh, lapsing (the W3C {@code disconnected} state) or expired (consent lost:
 * {@code failed}, and RFC 7675 section 5.1 says stop sending).
 */
public enum ConsentStatus {
    FRESH,
    LAPSING,
    EXPIRED;

    /**
     * @param sinceLastConsent time since the last successful check (or since the pair was selected)
     * @param disconnectedAfter when a browser-like peer reports {@code disconnected}
     * @param expiredAfter when consent is lost: 30 s in RFC 7675 section 5.1
     */
    public static ConsentStatus of(Duration sinceLastConsent, Duration disconnectedAfter, Duration expiredAfter) {
        if (sinceLastConsent.compareTo(expiredAfter) >= 0) {
            return EXPIRED;
        }
        if (sinceLastConsent.compareTo(disconnectedAfter) >= 0) {
            return LAPSING;
        }
        return FRESH;
    }
}
