package dev.parley.peer.sctp.packet;

import java.nio.charset.StandardCharsets;

/**
 * User-Initiated Abort error cause (RFC 9260 section 3.3.10.12). dcSCTP (Chromium, Firefox) sends
 * the reason "Close called" on pc.close(); usrsctp sends no reason.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Cause Code = 12       |      Cause Length = Variable  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /                    Upper Layer Abort Reason                   /
 * \                                                               \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record UserInitiatedAbortCause(byte[] reason) implements ErrorCause {
    public static final int CODE = 12;

    public static UserInitiatedAbortCause of(String reason) {
        return new UserInitiatedAbortCause(reason.getBytes(StandardCharsets.UTF_8));
    }

    static UserInitiatedAbortCause parse(ByteReader in) {
        return new UserInitiatedAbortCause(in.rest());
    }

    public String reasonText() {
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
        return "User-Initiated Abort(" + reasonText() + ")";
    }
}
