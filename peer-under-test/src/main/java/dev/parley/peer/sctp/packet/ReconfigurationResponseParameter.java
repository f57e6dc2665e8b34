package dev.parley.peer.sctp.packet;

/**
 * Re-configuration Response parameter (RFC 6525 section 4.4). The two TSN fields are present only
 * in answers to an SSN/TSN Reset Request.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Parameter Type = 16       |      Parameter Length         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Re-configuration Response Sequence Number             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                            Result                             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                   Sender's Next TSN (optional)                |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  Receiver's Next TSN (optional)               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record ReconfigurationResponseParameter(int responseSequenceNumber, int result, boolean hasTsns,
                                               int sendersNextTsn, int receiversNextTsn) implements Parameter {
    public static final int TYPE = 16;
    public static final int SUCCESS_NOTHING_TO_DO = 0;
    public static final int SUCCESS_PERFORMED = 1;
    public static final int DENIED = 2;
    public static final int ERROR_WRONG_SSN = 3;
    public static final int ERROR_REQUEST_ALREADY_IN_PROGRESS = 4;
    public static final int ERROR_BAD_SEQUENCE_NUMBER = 5;
    public static final int IN_PROGRESS = 6;

    public static ReconfigurationResponseParameter of(int responseSequenceNumber, int result) {
        return new ReconfigurationResponseParameter(responseSequenceNumber, result, false, 0, 0);
    }

    static ReconfigurationResponseParameter parse(ByteReader in) throws SctpParseException {
        int seq = in.u32("response sequence number");
        int result = in.u32("result");
        if (in.remaining() == 0) {
            return of(seq, result);
        }
        int sendersNext = in.u32("sender's next TSN");
        int receiversNext = in.u32("receiver's next TSN");
        Chunks.requireEmpty(in, "Re-configuration Response tail");
        return new ReconfigurationResponseParameter(seq, result, true, sendersNext, receiversNext);
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.u32(responseSequenceNumber).u32(result);
        if (hasTsns) {
            out.u32(sendersNextTsn).u32(receiversNextTsn);
        }
    }
}
