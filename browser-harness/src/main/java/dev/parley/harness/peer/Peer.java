package dev.parley.harness.peer;

import java.util.List;
import java.util.Map;

/**
 * An RTCPeerConnection living somewhere (a browser page, this JVM, a vendor's process), driven
 * remotely. Mirrors the W3C RTCPeerConnection so that one test runs on every pairing of peers.
 *
 * <p>Every method blocks until the underlying promise settles. A rejected promise or a thrown
 * exception comes back as {@link PeerException} carrying the DOMException name and message.
 * Data channels and tracks are referred to by handles the peer assigns.
 */
public interface Peer extends AutoCloseable {

    /** The peer kind as shown in the matrix: "chrome", "firefox", "java", ... */
    String kind();

    /** new RTCPeerConnection(configuration); replaces any previous connection of this peer. */
    void open(PeerConfiguration configuration);

    SessionDescription createOffer(OfferOptions options);

    SessionDescription createAnswer();

    /** setLocalDescription(description); a null description is the argument-less form. */
    void setLocalDescription(SessionDescription description);

    void setRemoteDescription(SessionDescription description);

    /** addIceCandidate(candidate); null means end-of-candidates. */
    void addIceCandidate(IceCandidate candidate);

    SessionDescription localDescription();

    SessionDescription currentLocalDescription();

    SessionDescription pendingLocalDescription();

    SessionDescription remoteDescription();

    SessionDescription currentRemoteDescription();

    SessionDescription pendingRemoteDescription();

    String signalingState();

    String iceGatheringState();

    String iceConnectionState();

    String connectionState();

    boolean canTrickleIceCandidates();

    void restartIce();

    /** getUserMedia({audio, video}) with the peer's fake devices, then addTrack for each track; returns track ids. */
    List<String> addUserMedia(boolean audio, boolean video);

    /** addTransceiver(kind, {direction}); returns the transceiver's mid or null while unset. */
    void addTransceiver(String kind, String direction);

    /** createDataChannel(label, init); returns the channel handle. */
    String createDataChannel(String label, DataChannelInit init);

    /** Handles of every channel this peer knows: created locally or received in a datachannel event. */
    List<String> dataChannels();

    DataChannelInfo dataChannel(String handle);

    /** Sends a generated message of the given shape; returns its SHA-256 so the receiver can be checked. */
    MessageDigest send(String handle, MessageSpec message);

    /** Every message received on the channel so far, in arrival order. */
    List<MessageDigest> received(String handle);

    void closeDataChannel(String handle);

    /** getStats() as a list of stats dictionaries, each with its id, type and timestamp. */
    List<Map<String, Object>> getStats();

    /** Every event this peer's connection fired so far, in order, with monotonic timestamps. */
    List<PeerEvent> events();

    /** Console or log lines the peer produced, for the report. */
    List<String> logs();

    /** RTCPeerConnection.close(). The peer can be opened again. */
    void closeConnection();

    /** Releases the peer and everything it holds (browser page, sockets, threads). */
    @Override
    void close();
}
