package dev.parley.peer.datachannel;

import java.io.IOException;

/** Where SCTP packets go: one DTLS application-data record each (RFC 8261). */
@FunctionalInterface
public interface PacketSink {

    /** @throws IOException when the DTLS transport is not connected or the record is too large */
    void send(byte[] packet) throws IOException;
}
