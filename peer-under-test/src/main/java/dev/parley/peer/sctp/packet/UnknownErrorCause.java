package dev.parley.peer.sctp.packet;

/** An error cause code this stack does not know, kept verbatim (RFC 9260 section 3.3.10). */
public record UnknownErrorCause(int code, byte[] value) implements ErrorCause {

    @Override
    public void writeValue(ByteWriter out) {
        out.bytes(value);
    }

    @Override
    public String toString() {
        return "ErrorCause(code=" + code + ", " + value.length + " bytes)";
    }
}
