package dev.parley.peer.sctp.packet;

import java.util.List;

/** The fixed fields and parameter list shared by INIT and INIT ACK (RFC 9260 sections 3.3.2, 3.3.3). */
record InitFields(int initiateTag, int aRwnd, int outboundStreams, int inboundStreams, int initialTsn,
                  List<Parameter> parameters) {

    static InitFields parse(ByteReader in, String name) throws SctpParseException {
        int tag = in.u32(name + " initiate tag");
        int aRwnd = in.u32(name + " a_rwnd");
        int os = in.u16(name + " outbound streams");
        int mis = in.u16(name + " inbound streams");
        int tsn = in.u32(name + " initial TSN");
        return new InitFields(tag, aRwnd, os, mis, tsn, Parameters.parseAll(in));
    }

    void write(ByteWriter out) {
        out.u32(initiateTag).u32(aRwnd).u16(outboundStreams).u16(inboundStreams).u32(initialTsn);
        Parameters.writeAll(parameters, out);
    }
}
