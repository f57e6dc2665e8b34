package dev.parley.peer.datachannel;

import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sctp.SimulatedNetwork;
import dev.parley.peer.sctp.association.SctpAssociation;
import java.util.Random;

/** A DataChannelEndpoint on the simulated network; subclasses say what they do with its events. */
abstract class SimulatedChannelEnd implements SimulatedNetwork.Endpoint {
    final SctpAssociation association;
    final DataChannelEndpoint endpoint;

    SimulatedChannelEnd(boolean dtlsClient, SctpOptions options, long seed) {
        association = new SctpAssociation(options, new Random(seed), dtlsClient ? "client" : "server");
        endpoint = new DataChannelEndpoint(association, dtlsClient);
    }

    /** Called for each event the endpoint gives, in order. */
    abstract void onEvent(DataChannelEvent event);

    /** Called once the events are taken; returns whether it queued anything. */
    boolean afterEvents(long now) {
        return false;
    }

    @Override
    public void handlePacket(byte[] packet, long now) {
        endpoint.handlePacket(packet, now);
    }

    @Override
    public void handleTimeout(long now) {
        endpoint.handleTimeout(now);
    }

    @Override
    public long nextDeadline() {
        return endpoint.nextDeadline();
    }

    @Override
    public byte[] pollPacket() {
        return endpoint.pollPacket();
    }

    @Override
    public boolean drainEvents(long now) {
        boolean any = false;
        for (DataChannelEvent e; (e = endpoint.pollEvent()) != null; ) {
            onEvent(e);
            any = true;
        }
        return afterEvents(now) || any;
    }
}
