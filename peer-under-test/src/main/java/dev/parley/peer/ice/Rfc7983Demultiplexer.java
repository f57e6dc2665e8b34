package dev.parley.peer.ice;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each datagram from the selected ICE pair to the layer its first byte names (see
 * {@link PacketClass}): DTLS to RTCDtlsTransport, RTP/RTCP to SRTP. STUN is ice4j's own and never
 * reaches here; anything without a receiver is dropped, as RFC 7983 says for unknown classes.
 */
final class Rfc7983Demultiplexer {

    private static final Logger LOG = LoggerFactory.getLogger(Rfc7983Demultiplexer.class);

    private final Map<PacketClass, Consumer<byte[]>> receivers = new EnumMap<>(PacketClass.class);

    synchronized void setReceiver(PacketClass packetClass, Consumer<byte[]> receiver) {
        if (receiver == null) {
            receivers.remove(packetClass);
        } else {
            receivers.put(packetClass, receiver);
        }
    }

    void dispatch(byte[] datagram) {
        PacketClass packetClass = PacketClass.of(datagram, 0, datagram.length);
        Consumer<byte[]> receiver;
        synchronized (this) {
            receiver = receivers.get(packetClass);
        }
        if (receiver == null) {
            LOG.trace("dropping a {}-byte {} datagram: no receiver", datagram.length, packetClass);
            return;
        }
        receiver.accept(datagram);
    }
}
