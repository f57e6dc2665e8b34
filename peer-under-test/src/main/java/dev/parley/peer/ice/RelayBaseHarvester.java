package dev.parley.peer.ice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.ice4j.Transport;
import org.ice4j.ice.Candidate;
import org.ice4j.ice.Component;
import org.ice4j.ice.ComponentSocket;
import org.ice4j.ice.HostCandidate;
import org.ice4j.ice.LocalCandidate;
import org.ice4j.ice.harvest.CandidateHarvester;
import org.ice4j.ice.harvest.HarvestStatistics;
import org.ice4j.ice.harvest.HostCandidateHarvester;
import org.ice4j.socket.IceSocketWrapper;
import org.ice4j.socket.IceUdpSocketWrapper;
import org.ice4j.socket.MultiplexingDatagramSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host harvester of a relay-only gathering. TURN needs host sockets to allocate from, but
 * ice4j pairs every local candidate it knows with every remote one and sends checks from each
 * pair, whatever the application wants. This harvester binds the same addresses and ports
 * ice4j's own host harvester would (an ephemeral UDP port on each allowed address), but as
 * {@link RelayBase} candidates that can reach no remote candidate: ice4j then forms no pair
 * with them, in its initial check list and for every remote candidate trickled later.
 */
final class RelayBaseHarvester implements CandidateHarvester {

    private static final Logger LOG = LoggerFactory.getLogger(RelayBaseHarvester.class);

    private final HarvestStatistics statistics = new HarvestStatistics();

    @Override
    public Collection<LocalCandidate> harvest(Component component) {
        List<LocalCandidate> bound = new ArrayList<>();
        for (InetAddress address : HostCandidateHarvester.getAllAllowedAddresses()) {
            IceSocketWrapper socket;
            try {
                socket = new IceUdpSocketWrapper(new MultiplexingDatagramSocket(0, address));
            } catch (IOException e) {
                LOG.warn("cannot bind a TURN base socket on {}", address, e);
                continue;
            }
            RelayBase candidate = new RelayBase(socket, component);
            component.addLocalCandidate(candidate);
            // As ice4j's host harvester does: TURN allocations and their checks share this STUN stack,
            // and the component socket merges what the relayed candidate receives through it.
            candidate.getStunStack().addSocket(candidate.getStunSocket(null));
            ComponentSocket componentSocket = component.getComponentSocket();
            if (componentSocket != null) {
                componentSocket.add(socket);
            }
            bound.add(candidate);
        }
        if (bound.isEmpty()) {
            throw new UncheckedIOException(new IOException("no address to bind a TURN base socket on"));
        }
        return bound;
    }

    @Override
    public HarvestStatistics getHarvestStatistics() {
        return statistics;
    }

    @Override
    public boolean isHostHarvester() {
        return true;
    }

    /** A host socket that only talks to TURN servers: never announced, never paired. */
    static final class RelayBase extends HostCandidate {

        RelayBase(IceSocketWrapper socket, Component component) {
            super(socket, component, Transport.UDP);
        }

        @Override
        public boolean canReach(Candidate<?> destination) {
            return false;
        }
    }
}
