package dev.parley.peer.jsep;

import java.security.SecureRandom;

/**
 * ICE credentials of one side (RFC 8839 section 5.4): ufrag of 4 to 256 and password of 22 to 256
 * ice-chars. Generated ones have the sizes Chrome uses: 4 and 24 characters, 24 and 144 random bits
 * (RFC 8445 section 5.3 asks for at least 24 and 128).
 */
public record IceParameters(String usernameFragment, String password) {

    private static final String ICE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static IceParameters generate() {
        return new IceParameters(random(4), random(24));
    }

    /** True if both values follow the ice-char grammar and lengths. */
    public static boolean isValid(String ufrag, String pwd) {
        return ufrag != null && pwd != null && isIceChars(ufrag, 4, 256) && isIceChars(pwd, 22, 256);
    }

    private static boolean isIceChars(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (ICE_CHARS.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ICE_CHARS.charAt(RANDOM.nextInt(ICE_CHARS.length())));
        }
        return out.toString();
    }
}
