package dev.parley.peer.sctp.packet;

import java.util.Arrays;

/**
 * Missing Mandatory Parameter error cause (RFC 9260 section 3.3.10.2).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Cause Code = 2            |      Cause Length = 8 + N * 2 |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                   Number of missing params = N                |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Missing Param Type #1       |   Missing Param Type #2       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record MissingMandatoryParameterCause(int[] missingTypes) implements ErrorCause {
    public static final int CODE = 2;

    static MissingMandatoryParameterCause parse(ByteReader in) throws SctpParseException {
        long n = in.u32("number of missing parameters") & 0xffffffffL;
        if (n * 2 != in.remaining()) {
            throw new SctpParseException("missing parameter count " + n + " does not match " + in.remaining());
        }
        int[] types = new int[(int) n];
        for (int i = 0; i < types.length; i++) {
            types[i] = in.u16("missing parameter type");
        }
        return new MissingMandatoryParameterCause(types);
    }

    @Override
    public int code() {
        return CODE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.u32(missingTypes.length);
        for (int t : missingTypes) {
            out.u16(t);
        }
    }

    @Override
    public String toString() {
        return "Missing Mandatory Parameter" + Arrays.toString(missingTypes);
    }
}
