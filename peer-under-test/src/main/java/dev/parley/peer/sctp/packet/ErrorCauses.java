package dev.parley.peer.sctp.packet;

import java.util.ArrayList;
import java.util.List;

/**
 * Frames and dispatches error causes (RFC 9260 section 3.3.10):
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           Cause Code          |         Cause Length          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                    Cause-Specific Information                 \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class ErrorCauses {
    public static final int HEADER_SIZE = 4;

    private ErrorCauses() {
    }

    public static List<ErrorCause> parseAll(ByteReader in) throws SctpParseException {
        List<ErrorCause> causes = new ArrayList<>();
        while (in.remaining() > 0) {
            int code = in.u16("cause code");
            int length = in.u16("cause length");
            if (length < HEADER_SIZE) {
                throw new SctpParseException("cause length " + length + " below header size");
            }
            ByteReader value = in.slice(length - HEADER_SIZE, "cause value of code " + code);
            causes.add(parse(code, value));
            in.skipPadding((4 - (length & 3)) & 3);
        }
        return causes;
    }

    static ErrorCause parse(int code, ByteReader value) throws SctpParseException {
        return switch (code) {
            case InvalidStreamIdentifierCause.CODE -> InvalidStreamIdentifierCause.parse(value);
            case MissingMandatoryParameterCause.CODE -> MissingMandatoryParameterCause.parse(value);
            case StaleCookieCause.CODE -> StaleCookieCause.parse(value);
            case OutOfResourceCause.CODE -> OutOfResourceCause.parse(value);
            case UnrecognizedChunkTypeCause.CODE -> UnrecognizedChunkTypeCause.parse(value);
            case InvalidMandatoryParameterCause.CODE -> InvalidMandatoryParameterCause.parse(value);
            case UnrecognizedParametersCause.CODE -> UnrecognizedParametersCause.parse(value);
            case NoUserDataCause.CODE -> NoUserDataCause.parse(value);
            case CookieReceivedWhileShuttingDownCause.CODE -> CookieReceivedWhileShuttingDownCause.parse(value);
            case RestartWithNewAddressesCause.CODE -> RestartWithNewAddressesCause.parse(value);
            case UserInitiatedAbortCause.CODE -> UserInitiatedAbortCause.parse(value);
            case ProtocolViolationCause.CODE -> ProtocolViolationCause.parse(value);
            default -> new UnknownErrorCause(code, value.rest());
        };
    }

    public static void write(ErrorCause cause, ByteWriter out) {
        int start = out.size();
        out.u16(cause.code()).u16(0);
        cause.writeValue(out);
        out.putU16At(start + 2, out.size() - start);
        out.padTo4();
    }

    /** Writes a cause list as a chunk value, leaving out the last cause's padding. */
    public static void writeAll(List<ErrorCause> causes, ByteWriter out) {
        int lastPad = 0;
        for (ErrorCause c : causes) {
            int start = out.size();
            out.u16(c.code()).u16(0);
            c.writeValue(out);
            out.putU16At(start + 2, out.size() - start);
            lastPad = out.padTo4();
        }
        out.truncate(lastPad);
    }

    /** A human-readable summary of causes, for events and logs. */
    public static String describe(List<ErrorCause> causes) {
        StringBuilder sb = new StringBuilder();
        for (ErrorCause c : causes) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
