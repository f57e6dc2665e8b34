package dev.parley.peer.sctp.association;

import dev.parley.peer.sctp.packet.Chunk;
import dev.parley.peer.sctp.packet.Chunks;
import dev.parley.peer.sctp.packet.SctpPacket;
import java.util.ArrayList;
import java.util.List;

/** Collects chunks for one packet without exceeding the MTU (RFC 9260 section 6.10 bundling). */
final class PacketBuilder {
    private final int mtu;
    private final List<Chunk> chunks = new ArrayList<>();
    private int size = SctpPacket.HEADER_SIZE;

    PacketBuilder(int mtu) {
        this.mtu = mtu;
    }

    /** Adds the chunk if it fits (a lone chunk always fits, so oversized control chunks still go out). */
    boolean add(Chunk chunk) {
        int chunkSize = Chunks.serializedSize(chunk);
        if (!chunks.isEmpty() && size + chunkSize > mtu) {
            return false;
        }
        chunks.add(chunk);
        size += chunkSize;
        return true;
    }

    void addAll(List<Chunk> more) {
        for (Chunk c : more) {
            chunks.add(c);
            size += Chunks.serializedSize(c);
        }
    }

    int room() {
        return Math.max(0, mtu - size);
    }

    boolean isEmpty() {
        return chunks.isEmpty();
    }

    List<Chunk> chunks() {
        return chunks;
    }
}
