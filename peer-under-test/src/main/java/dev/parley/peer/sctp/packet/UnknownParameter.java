package dev.parley.peer.sctp.packet;

/**
 * A parameter type this stack does not implement, kept verbatim so it can be skipped or reported
 * by the two upper bits of its type (RFC 9260 section 3.2.1, see {@link UnrecognizedTypeAction}).
 */
public record UnknownParameter(int type, byte[] value) implements Parameter {

    public UnrecognizedTypeAction action() {
        return UnrecognizedTypeAction.ofParameterType(type);
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.bytes(value);
    }

    @Override
    public String toString() {
        return "UnknownParameter[type=0x" + Integer.toHexString(type) + ", len=" + value.length + "]";
    }
}
