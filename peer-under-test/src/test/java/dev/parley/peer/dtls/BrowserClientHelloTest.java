package dev.parley.peer.dtls;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.testng.annotations.AfterMethod;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * The DTLS server answers the browsers' real ClientHellos (wire samples): the DTLS 1.3-style ones
 * split over two datagrams with record version 0xfeff, and Firefox's 1.2-only one. It must answer
 * DTLS 1.2 with ECDHE-ECDSA-AES128-GCM on P-256, extended master secret and one use_srtp profile.
 */
public class BrowserClientHelloTest {

    private static final int HANDSHAKE = 22;
    private static final int SERVER_HELLO = 2;
    private static final int SERVER_KEY_EXCHANGE = 12;
    private static final int CERTIFICATE_REQUEST = 13;
    private static final int EXT_USE_SRTP = 0x000e;
    private static final int EXT_EXTENDED_MASTER_SECRET = 0x0017;

    private RTCDtlsTransport server;

    @AfterMethod(alwaysRun = true)
    public void close() {
        if (server != null) {
            server.close();
        }
    }

    @DataProvider
    public Object[][] clientHellos() {
        return new Object[][] {
            {"chromium156-clienthello.hex", 2},
            {"firefox153-clienthello.hex", 2},
            {"firefox153-dtls12-clienthello.hex", 1},
        };
    }

    @Test(dataProvider = "clientHellos")
    public void serverAnswersBrowserClientHelloWithDtls12Flight(String fixture, int datagrams) throws Exception {
        List<byte[]> clientHello = hexLines(fixture);
        assertEquals(clientHello.size(), datagrams);
        InMemoryPacketTransport link = InMemoryPacketTransport.unconnected();
        server = new RTCDtlsTransport(link, List.of(RTCCertificate.generate()), DtlsSettings.DEFAULTS);

        server.start(RTCDtlsRole.SERVER, RTCCertificate.generate().getFingerprints());
        clientHello.forEach(link::inject);
        Map<Integer, ByteBuffer> flight = awaitServerFlight(link);

        ByteBuffer serverHello = flight.get(SERVER_HELLO);
        assertEquals(serverHello.getShort() & 0xffff, 0xfefd, "server_version DTLS 1.2");
        serverHello.position(serverHello.position() + 32);
        serverHello.position(serverHello.position() + 1 + (serverHello.get(serverHello.position()) & 0xff));
        assertEquals(serverHello.getShort() & 0xffff, 0xc02b, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
        serverHello.get();
        Map<Integer, byte[]> extensions = extensions(serverHello);
        assertTrue(extensions.containsKey(EXT_EXTENDED_MASTER_SECRET), "extended master secret");
        assertEquals(HexFormat.of().formatHex(extensions.get(EXT_USE_SRTP)), "0002000700", "use_srtp: AEAD_AES_128_GCM, no MKI");
        ByteBuffer keyExchange = flight.get(SERVER_KEY_EXCHANGE);
        assertEquals(keyExchange.get(), 3, "named_curve");
        assertEquals(keyExchange.getShort(), 0x0017, "secp256r1, not the client's first group");
        assertTrue(flight.containsKey(CERTIFICATE_REQUEST), "a client certificate is requested");
    }

    /** Handshake messages of the server's first flight by type; waits for ServerHelloDone (14). */
    private static Map<Integer, ByteBuffer> awaitServerFlight(InMemoryPacketTransport link) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            Map<Integer, ByteBuffer> messages = new LinkedHashMap<>();
            for (byte[] datagram : new ArrayList<>(link.sent)) {
                ByteBuffer records = ByteBuffer.wrap(datagram);
                while (records.remaining() >= 13) {
                    int type = records.get() & 0xff;
                    records.position(records.position() + 10);
                    int length = records.getShort() & 0xffff;
                    ByteBuffer fragment = records.slice(records.position(), length);
                    records.position(records.position() + length);
                    if (type == HANDSHAKE) {
                        int messageType = fragment.get() & 0xff;
                        fragment.position(12);
                        messages.putIfAbsent(messageType, fragment.slice());
                    }
                }
            }
            if (messages.containsKey(14)) {
                return messages;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no ServerHelloDone within 10 s; server sent " + link.sent.size() + " datagrams");
    }

    private static Map<Integer, byte[]> extensions(ByteBuffer hello) {
        Map<Integer, byte[]> found = new LinkedHashMap<>();
        int end = hello.position() + 2 + (hello.getShort() & 0xffff);
        while (hello.position() < end) {
            int type = hello.getShort() & 0xffff;
            byte[] data = new byte[hello.getShort() & 0xffff];
            hello.get(data);
            found.put(type, data);
        }
        return found;
    }

    private static List<byte[]> hexLines(String fixture) throws IOException {
        try (InputStream in = BrowserClientHelloTest.class.getResourceAsStream("/dtls/" + fixture)) {
            if (in == null) {
                throw new IOException("missing test resource /dtls/" + fixture);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> HexFormat.of().parseHex(line.trim()))
                    .toList();
        }
    }
}
