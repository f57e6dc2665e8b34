package dev.parley.peer.sctp;

import dev.parley.peer.sctp.association.SctpAssociation;
import dev.parley.peer.sctp.association.SctpEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** An association plus everything it reported, for assertions. */
public class RecordingEndpoint implements SimulatedNetwork.Endpoint {
    private final SctpAssociation association;
    public final List<SctpEvent> events = new ArrayList<>();
    public final List<SctpEvent.MessageReceived> messages = new ArrayList<>();

    public RecordingEndpoint(SctpOptions options, long seed, String name) {
        this.association = new SctpAssociation(options, new Random(seed), name);
    }

    public SctpAssociation association() {
        return association;
    }

    @Override
    public void handlePacket(byte[] packet, long now) {
        association.handlePacket(packet, now);
    }

    @Override
    public void handleTimeout(long now) {
        association.handleTimeout(now);
    }

    @Override
    public long nextDeadline() {
        return association.nextDeadline();
    }

    @Override
    public byte[] pollPacket() {
        return association.pollPacket();
    }

    @Override
    public boolean drainEvents(long now) {
        boolean any = false;
        for (SctpEvent e; (e = association.pollEvent()) != null; ) {
            onEvent(e);
            any = true;
        }
        return any;
    }

    public void onEvent(SctpEvent event) {
        events.add(event);
        if (event instanceof SctpEvent.MessageReceived m) {
            messages.add(m);
        }
    }

    public long count(Class<? extends SctpEvent> kind) {
        return events.stream().filter(kind::isInstance).count();
    }

    public boolean has(Class<? extends SctpEvent> kind) {
        return count(kind) > 0;
    }

    /** Event class names in order, messages left out (for asserting event sequences). */
    public List<String> eventNamesWithoutMessages() {
        List<String> out = new ArrayList<>();
        for (SctpEvent e : events) {
            if (!(e instanceof SctpEvent.MessageReceived)) {
                out.add(e.getClass().getSimpleName());
            }
        }
        return out;
    }
}
