package dev.parley.peer.sctp.packet;

import java.util.ArrayList;
import java.util.List;

/**
 * Frames and dispatches parameters (RFC 9260 section 3.2.1):
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          Parameter Type       |       Parameter Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                       Parameter Value                         \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Inside a chunk every parameter but the last is padded; the chunk's length leaves out the last
 * parameter's padding, which becomes the chunk's own padding.
 */
public final class Parameters {
    public static final int HEADER_SIZE = 4;

    private Parameters() {
    }

    public static List<Parameter> parseAll(ByteReader in) throws SctpParseException {
        List<Parameter> params = new ArrayList<>();
        while (in.remaining() > 0) {
            int type = in.u16("parameter type");
            int length = in.u16("parameter length");
            if (length < HEADER_SIZE) {
                throw new SctpParseException("parameter length " + length + " below header size");
            }
            ByteReader value = in.slice(length - HEADER_SIZE, "parameter value of type " + type);
            params.add(parse(type, value));
            in.skipPadding((4 - (length & 3)) & 3);
        }
        return params;
    }

    static Parameter parse(int type, ByteReader value) throws SctpParseException {
        return switch (type) {
            case HeartbeatInfoParameter.TYPE -> HeartbeatInfoParameter.parse(value);
            case StateCookieParameter.TYPE -> StateCookieParameter.parse(value);
            case UnrecognizedParameterParameter.TYPE -> UnrecognizedParameterParameter.parse(value);
            case CookiePreservativeParameter.TYPE -> CookiePreservativeParameter.parse(value);
            case OutgoingSsnResetRequestParameter.TYPE -> OutgoingSsnResetRequestParameter.parse(value);
            case IncomingSsnResetRequestParameter.TYPE -> IncomingSsnResetRequestParameter.parse(value);
            case SsnTsnResetRequestParameter.TYPE -> SsnTsnResetRequestParameter.parse(value);
            case ReconfigurationResponseParameter.TYPE -> ReconfigurationResponseParameter.parse(value);
            case AddOutgoingStreamsRequestParameter.TYPE -> AddOutgoingStreamsRequestParameter.parse(value);
            case AddIncomingStreamsRequestParameter.TYPE -> AddIncomingStreamsRequestParameter.parse(value);
            case ZeroChecksumAcceptableParameter.TYPE -> ZeroChecksumAcceptableParameter.parse(value);
            case SupportedExtensionsParameter.TYPE -> SupportedExtensionsParameter.parse(value);
            case ForwardTsnSupportedParameter.TYPE -> ForwardTsnSupportedParameter.parse(value);
            default -> new UnknownParameter(type, value.rest());
        };
    }

    public static void write(Parameter parameter, ByteWriter out) {
        int start = out.size();
        out.u16(parameter.type()).u16(0);
        parameter.writeValue(out);
        out.putU16At(start + 2, out.size() - start);
        out.padTo4();
    }

    /** Writes a parameter list as a chunk value: padded between parameters, not after the last. */
    public static void writeAll(List<Parameter> parameters, ByteWriter out) {
        int lastPad = 0;
        for (Parameter p : parameters) {
            int start = out.size();
            out.u16(p.type()).u16(0);
            p.writeValue(out);
            out.putU16At(start + 2, out.size() - start);
            lastPad = out.padTo4();
        }
        out.truncate(lastPad);
    }

    public static byte[] serialize(Parameter parameter) {
        ByteWriter out = new ByteWriter(32);
        write(parameter, out);
        return out.toByteArray();
    }

    /** The first parameter of the given class, or null. */
    public static <T extends Parameter> T find(List<Parameter> parameters, Class<T> kind) {
        for (Parameter p : parameters) {
            if (kind.isInstance(p)) {
                return kind.cast(p);
            }
        }
        return null;
    }
}
