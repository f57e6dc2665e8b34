package dev.parley.peer.ice;

import java.time.Duration;
import java.util.Objects;

/**
 * Non-standard ICE knobs, kept out of the W3C API.
 *
 * @param disconnectedAfter consent unanswered this long makes the transport {@code disconnected};
 *     checks go out every 2 s (see {@link Ice4jSetup}), so 5 s means at least two went unanswered
 * @param consentExpiresAfter consent unanswered this long makes it {@code failed} (RFC 7675: 30 s)
 */
public record IceSettings(Duration disconnectedAfter, Duration consentExpiresAfter) {

    public static final IceSettings DEFAULTS = new IceSettings(Duration.ofSeconds(5), Duration.ofSeconds(30));

    public IceSettings {
        Objects.requireNonNull(disconnectedAfter, "disconnectedAfter");
        Objects.requireNonNull(consentExpiresAfter, "consentExpiresAfter");
        if (disconnectedAfter.compareTo(consentExpiresAfter) > 0) {
            throw new IllegalArgumentException("disconnectedAfter must not exceed consentExpiresAfter");
        }
    }
}
