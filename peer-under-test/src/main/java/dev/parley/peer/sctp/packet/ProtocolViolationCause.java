package dev.parley.peer.sctp.packet;

import java.nio.charset.StandardCharsets;

/**
 * Protocol Violation error cause (RFC 9260 section 3.3.10.13). Sent when the peer breaks
 * a rule of the protocol (for example DATA once I-DATA was negotiated).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Cause Code = 13       |      Cause Length = Variable  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /                    Additional Information                     /
 * \                                                               \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record ProtocolViolationCause(byte[] reason) implements ErrorCause {
    public static final int CODE = 13;

    public static ProtocolViolationCause of(String reason) {
        return new ProtocolViolationCause(reason.getBytes(StandardCharsets.UTF_8));
    }

    static ProtocolViolationCause parse(ByteReader in) {
        return new ProtocolViolationCause(in.rest());
    }

    public String informationText() {
        return new String(reason, StandardCharsets.UTF_8);
    }

    @Override
    public int code() {
        return CODE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.bytes(reason);
    }

    @Override
    public String toString() {
        return "Protocol Violation(" + informationText() + ")";
    }
}
