package dev.parley.peer.ice;

import static org.testng.Assert.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.CopyOnWriteArrayList;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class PacketClassTest {

    @DataProvider
    public Object[][] browserDatagrams() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ice/rfc7983-samples.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> new Object[] {
                        l.substring(0, l.indexOf(' ')),
                        l.substring(l.indexOf(' ') + 1, l.indexOf(" | ")),
                        HexFormat.of().parseHex(l.substring(l.indexOf(" | ") + 3).trim())})
                    .toArray(Object[][]::new);
        }
    }

    @Test(dataProvider = "browserDatagrams")
    public void browserDatagramsGoWhereRfc7983Says(String expected, String what, byte[] datagram) {
        assertEquals(PacketClass.of(datagram, 0, datagram.length).name(), expected, what);
    }

    @DataProvider
    public Object[][] boundaries() {
        return new Object[][] {
            {0, PacketClass.STUN}, {3, PacketClass.STUN}, {4, PacketClass.UNKNOWN},
            {16, PacketClass.ZRTP}, {19, PacketClass.ZRTP},
            {20, PacketClass.DTLS}, {23, PacketClass.DTLS}, {0x2e, PacketClass.DTLS}, {0x2f, PacketClass.DTLS}, {63, PacketClass.DTLS},
            {64, PacketClass.TURN_CHANNEL}, {79, PacketClass.TURN_CHANNEL}, {80, PacketClass.UNKNOWN},
            {127, PacketClass.UNKNOWN}, {128, PacketClass.RTP_RTCP}, {191, PacketClass.RTP_RTCP}, {192, PacketClass.UNKNOWN},
            {255, PacketClass.UNKNOWN},
        };
    }

    @Test(dataProvider = "boundaries")
    public void firstByteRanges(int firstByte, PacketClass expected) {
        assertEquals(PacketClass.of(new byte[] {(byte) firstByte, 0}, 0, 2), expected);
    }

    @Test
    public void emptyDatagramIsUnknown() {
        assertEquals(PacketClass.of(new byte[0], 0, 0), PacketClass.UNKNOWN);
    }

    @Test
    public void demultiplexerDeliversOnlyToTheMatchingReceiver() {
        Rfc7983Demultiplexer demultiplexer = new Rfc7983Demultiplexer();
        CopyOnWriteArrayList<String> seen = new CopyOnWriteArrayList<>();
        demultiplexer.setReceiver(PacketClass.DTLS, d -> seen.add("dtls:" + (d[0] & 0xff)));
        demultiplexer.setReceiver(PacketClass.RTP_RTCP, d -> seen.add("rtp:" + (d[0] & 0xff)));

        for (int first : new int[] {0x16, 0x80, 0x01, 0x2f, 0xc8, 0x00 + 200}) {
            demultiplexer.dispatch(new byte[] {(byte) first, 1, 2});
        }

        assertEquals(seen, java.util.List.of("dtls:22", "rtp:128", "dtls:47"));
    }
}
