package dev.parley.peer.ice;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.parley.peer.dtls.RTCDtlsTransport;
import dev.parley.peer.dtls.RTCDtlsTransportListener;
import dev.parley.peer.dtls.RTCDtlsTransportState;

/** One DTLS end in a test above ICE: waits for {@code connected} and collects the application data. */
public final class DtlsEnd implements RTCDtlsTransportListener {

    private static final Duration TIMEOUT = IcePeers.TIMEOUT;

    private final CompletableFuture<Void> connected = new CompletableFuture<>();
    private final BlockingQueue<byte[]> data = new LinkedBlockingQueue<>();

    public DtlsEnd(RTCDtlsTransport transport) {
        transport.addListener(this);
    }

    @Override
    public void onStateChange(RTCDtlsTransportState state) {
        if (state == RTCDtlsTransportState.CONNECTED) {
            connected.complete(null);
        } else if (state.isTerminal()) {
            connected.completeExceptionally(new AssertionError("DTLS ended " + state + " before connecting"));
        }
    }

    @Override
    public void onApplicationData(byte[] bytes) {
        data.add(bytes);
    }

    public void awaitConnected() throws Exception {
        connected.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    public byte[] awaitData() throws InterruptedException {
        byte[] bytes = data.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (bytes == null) {
            throw new AssertionError("no application data within " + TIMEOUT);
        }
        return bytes;
    }
}
