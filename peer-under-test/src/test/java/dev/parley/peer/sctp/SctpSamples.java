package dev.parley.peer.sctp;

import dev.parley.peer.sctp.packet.Crc32c;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Real SCTP packets of Chromium 156 (dcSCTP), Firefox ESR 153 (dcSCTP) and Firefox with usrsctp, copied
 * from the project's wire captures into test resources (sctp/).
 */
public final class SctpSamples {
    public static final List<String> CAPTURE_LOGS = List.of(
            "s1-chrome-offers-firefox-av--offerer-chrome-log",
            "s2-firefox-offers-chrome--answerer-chrome-log",
            "s3-firefox-usrsctp-offers-firefox--offerer-firefox-usrsctp-log",
            "s4-chrome-offers-chrome--answerer-chrome-log",
            "s4-chrome-offers-chrome--offerer-chrome-log");

    /** One packet line of a text2pcap log: I (received by the log writer) or O (sent). */
    public record CapturedPacket(String log, int line, char direction, byte[] bytes) {
        @Override
        public String toString() {
            return log + ":" + line + " " + direction;
        }
    }

    /** One example of sctp-chunk-samples: the decoded fields the capture tools printed, and the packet. */
    public record ChunkSample(String sender, String kind, String scenario, Map<String, String> fields, byte[] packet) {
        @Override
        public String toString() {
            return sender + " " + kind + " (" + scenario + ")";
        }
    }

    private SctpSamples() {
    }

    public static List<CapturedPacket> capturedPackets() {
        List<CapturedPacket> out = new ArrayList<>();
        for (String log : CAPTURE_LOGS) {
            try (BufferedReader r = reader("sctp/" + log + ".text2pcap.txt.gz", true)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    String[] parts = line.trim().split(" ", 4);
                    if (parts.length < 4) {
                        continue;
                    }
                    String hex = parts[3].replaceAll("#.*$", "").replace(" ", "");
                    out.add(new CapturedPacket(log, n, parts[0].charAt(0), HexFormat.of().parseHex(hex)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    public static List<ChunkSample> chunkSamples() {
        List<ChunkSample> out = new ArrayList<>();
        try (BufferedReader r = reader("sctp/sctp-chunk-samples.tsv", false)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t");
                Map<String, String> fields = new LinkedHashMap<>();
                for (String kv : cols[3].split(";")) {
                    int eq = kv.indexOf('=');
                    fields.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
                out.add(new ChunkSample(cols[0], cols[1], cols[2], fields, HexFormat.of().parseHex(cols[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The packet as the browser would have sent it to an association whose tag is {@code tag}: the
     * verification tag replaced (INIT keeps its 0) and the CRC32c recomputed.
     */
    public static byte[] retagged(byte[] packet, int tag) {
        byte[] bytes = packet.clone();
        if (ByteBuffer.wrap(bytes).getInt(4) != 0) {
            ByteBuffer.wrap(bytes).putInt(4, tag);
            Crc32c.write(bytes, 0, Crc32c.compute(bytes, 0, bytes.length));
        }
        return bytes;
    }

    /** The packets one browser of a capture sent ({@code 'O'}: the log writer, {@code 'I'}: its peer). */
    public static List<CapturedPacket> sentBy(String log, char direction) {
        return capturedPackets().stream().filter(p -> p.log().equals(log) && p.direction() == direction).toList();
    }

    private static BufferedReader reader(String resource, boolean gzip) throws IOException {
        InputStream in = SctpSamples.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing test resource " + resource);
        }
        return new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
    }
}
