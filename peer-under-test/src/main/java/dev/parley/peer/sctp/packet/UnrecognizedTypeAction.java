package dev.parley.peer.sctp.packet;

/**
 * What to do with a chunk or parameter type the receiver does not know, encoded in the two
 * highest-order bits of the type (RFC 9260 sections 3.2 and 3.2.1).
 */
public enum UnrecognizedTypeAction {
    /** 00: stop processing, discard (the packet for chunks; the rest of the chunk for parameters). */
    STOP,
    /** 01: as STOP, and report it (ERROR "Unrecognized Chunk Type" / "Unrecognized Parameters"). */
    STOP_AND_REPORT,
    /** 10: skip it and continue. */
    SKIP,
    /** 11: skip it, continue, and report it. */
    SKIP_AND_REPORT;

    public static UnrecognizedTypeAction ofChunkType(int chunkType) {
        return values()[(chunkType >> 6) & 3];
    }

    public static UnrecognizedTypeAction ofParameterType(int parameterType) {
        return values()[(parameterType >> 14) & 3];
    }

    public boolean stops() {
        return this == STOP || this == STOP_AND_REPORT;
    }

    public boolean reports() {
        return this == STOP_AND_REPORT || this == SKIP_AND_REPORT;
    }
}
