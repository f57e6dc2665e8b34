package dev.parley.peer.sctp.association;

import static org.testng.Assert.assertEquals;

import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sctp.packet.Chunk;
import dev.parley.peer.sctp.packet.CookieAckChunk;
import dev.parley.peer.sctp.packet.ForwardTsnSupportedParameter;
import dev.parley.peer.sctp.packet.InitAckChunk;
import dev.parley.peer.sctp.packet.InitChunk;
import dev.parley.peer.sctp.packet.Parameter;
import dev.parley.peer.sctp.packet.SctpPacket;
import dev.parley.peer.sctp.packet.StateCookieParameter;
import dev.parley.peer.sctp.packet.SupportedExtensionsParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A hand-driven peer: crafts packets for an association under test and parses what comes back. */
final class ManualPeer {
    static final int PEER_TAG = 0x1234abcd;
    static final int PEER_INITIAL_TSN = 100;

    final SctpAssociation association;
    int associationTag;
    long now;

    ManualPeer(SctpOptions options) {
        association = new SctpAssociation(options, new Random(5), "under-test");
    }

    /** Connects the association to this peer, which offers {@code outboundStreams} streams and PR-SCTP + RE-CONFIG. */
    static ManualPeer established(int outboundStreams) throws Exception {
        ManualPeer p = new ManualPeer(SctpOptions.builder().enableMessageInterleaving(false).build());
        p.association.connect(0);
        InitChunk init = (InitChunk) p.receive().get(0).chunks().get(0);
        p.associationTag = init.initiateTag();
        List<Parameter> params = List.of(new StateCookieParameter(new byte[] {1, 2, 3, 4}),
                new ForwardTsnSupportedParameter(), new SupportedExtensionsParameter(new int[] {0x82, 0xc0}));
        p.send(p.associationTag, new InitAckChunk(PEER_TAG, 1 << 20, outboundStreams, 65535, PEER_INITIAL_TSN, params));
        p.receive();
        p.send(p.associationTag, new CookieAckChunk());
        assertEquals(p.association.state(), AssociationState.ESTABLISHED);
        p.receive();
        assertEquals(p.events(), List.of(new SctpEvent.Connected()));
        return p;
    }

    void send(int tag, Chunk... chunks) {
        association.handlePacket(new SctpPacket(5000, 5000, tag, List.of(chunks)).serialize(), now);
    }

    /** Advances the clock and runs due timers. */
    void advance(long millis) {
        now += millis;
        if (association.nextDeadline() <= now) {
            association.handleTimeout(now);
        }
    }

    List<SctpPacket> receive() throws Exception {
        List<SctpPacket> out = new ArrayList<>();
        for (byte[] p; (p = association.pollPacket()) != null; ) {
            out.add(SctpPacket.parse(p, true));
        }
        return out;
    }

    List<Chunk> receiveChunks() throws Exception {
        List<Chunk> out = new ArrayList<>();
        for (SctpPacket p : receive()) {
            out.addAll(p.chunks());
        }
        return out;
    }

    List<SctpEvent> events() {
        List<SctpEvent> out = new ArrayList<>();
        for (SctpEvent e; (e = association.pollEvent()) != null; ) {
            out.add(e);
        }
        return out;
    }
}
