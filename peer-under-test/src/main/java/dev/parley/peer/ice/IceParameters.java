package dev.parley.peer.ice;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * W3C RTCIceParameters: the ICE credentials of one side ({@code a=ice-ufrag}, {@code a=ice-pwd}).
 * An ICE restart changes both.
 */
public record IceParameters(String usernameFragment, String password) {

    private static final String ICE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** RFC 8839 section 5.4: ufrag at least 4 ice-chars, password at least 22, at most 256 each. */
    public IceParameters {
        Objects.requireNonNull(usernameFragment, "usernameFragment");
        Objects.requireNonNull(password, "password");
        if (usernameFragment.length() < 4 || usernameFragment.length() > 256 || !isIceChars(usernameFragment)) {
            throw new IllegalArgumentException("invalid ice-ufrag: " + usernameFragment);
        }
        if (password.length() < 22 || password.length() > 256 || !isIceChars(password)) {
            throw new IllegalArgumentException("invalid ice-pwd (" + password.length() + " chars)");
        }
    }

    /** Fresh random credentials the way Chrome makes them: 4-character ufrag, 24-character password. */
    public static IceParameters random() {
        return new IceParameters(randomIceChars(4), randomIceChars(24));
    }

    private static String randomIceChars(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ICE_CHARS.charAt(RANDOM.nextInt(ICE_CHARS.length())));
        }
        return out.toString();
    }

    private static boolean isIceChars(String value) {
        return value.chars().allMatch(c -> ICE_CHARS.indexOf(c) >= 0);
    }

    @Override
    public String toString() {
        // The password authenticates checks: keep it out of logs.
        return "IceParameters[ufrag=" + usernameFragment + "]";
    }
}
