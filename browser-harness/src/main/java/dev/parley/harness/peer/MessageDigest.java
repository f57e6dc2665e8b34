package dev.parley.harness.peer;

/** What a peer reports for a sent or received message: kind, size and SHA-256 hex of the payload. */
public record MessageDigest(boolean binary, int size, String sha256) {

    public static MessageDigest of(boolean binary, byte[] payload) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(payload);
            StringBuilder hex = new StringBuilder();
            for (byte b : hash) {
                hex.append(String.format("%02x", b));
            }
            return new MessageDigest(binary, payload.length, hex.toString());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JRE", e);
        }
    }

    public static MessageDigest of(MessageSpec spec) {
        return of(spec.binary(), spec.payload());
    }
}
