package dev.parley.peer.stats;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import dev.parley.peer.dtls.RTCCertificate;
import dev.parley.peer.ice.IceCandidateInfo;
import dev.parley.peer.ice.IceCheckCounters;
import dev.parley.peer.ice.IcePairTraffic;
import dev.parley.peer.ice.IceTransportCounters;

/**
 * Our stats against what Chrome 156 and Firefox ESR 153 report (stats/browser-getstats.json: the
 * wire samples plus a capture of candidate stats through coturn): every member we emit is one a
 * browser emits too, with a value of the same JSON kind; the members only browsers emit are
 * listed here, so the list cannot go stale. local-candidate and remote-candidate are one
 * dictionary, RTCIceCandidateStats, and are compared as one.
 *
 * <p>Members the browsers emit and we do not, and why:
 * <ul>
 * <li>candidate-pair: {@code availableOutgoingBitrate} (Chrome; no bandwidth estimator here),
 *     {@code bytesDiscardedOnSend} and {@code packetsDiscardedOnSend} (Chrome; our sends never
 *     fail silently: the socket throws), {@code writable}, {@code readable}, {@code selected}
 *     (not in webrtc-stats: Chrome's and Firefox's own; the transport's selectedCandidatePairId says it).</li>
 * <li>candidates: {@code ip}, {@code isRemote}, {@code networkType} (Chrome only; removed from
 *     webrtc-stats: {@code address} and the type say the same).</li>
 * <li>transport: none; Firefox emits fewer (no counters, no certificate ids).</li>
 * <li>certificate: none.</li>
 * </ul>
 * We emit two webrtc-stats members neither browser showed: a candidate's {@code relatedAddress}
 * and {@code relatedPort} (Chrome and Firefox leave them out, hiding the base address).
 */
public class BrowserStatsNamesTest {

    private static final String CANDIDATE = "RTCIceCandidateStats";

    private static final Map<String, Set<String>> ONLY_BROWSERS_EMIT = Map.of(
            "candidate-pair", Set.of("availableOutgoingBitrate", "bytesDiscardedOnSend", "packetsDiscardedOnSend",
                    "writable", "readable", "selected"),
            CANDIDATE, Set.of("ip", "isRemote", "networkType"),
            "transport", Set.of(),
            "certificate", Set.of());

    /** webrtc-stats members we emit that the browsers' samples never show. */
    private static final Map<String, Set<String>> ONLY_WE_EMIT = Map.of(
            "candidate-pair", Set.of(),
            CANDIDATE, Set.of("relatedAddress", "relatedPort"),
            "transport", Set.of(),
            "certificate", Set.of());

    /** Per stats dictionary, per member name: the JSON kinds (number, string, boolean) browsers gave it. */
    private final Map<String, Map<String, Set<String>>> browserMembers = new TreeMap<>();

    @BeforeClass
    public void readBrowserSamples() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/stats/browser-getstats.json")) {
            JSONObject root = (JSONObject) new JSONParser().parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (Object report : (JSONArray) root.get("reports")) {
                for (Object stats : (JSONArray) ((JSONObject) report).get("stats")) {
                    JSONObject dictionary = (JSONObject) stats;
                    Map<String, Set<String>> members = browserMembers.computeIfAbsent(dictionaryOf((String) dictionary.get("type")),
                            t -> new TreeMap<>());
                    for (Object name : dictionary.keySet()) {
                        members.computeIfAbsent((String) name, n -> new TreeSet<>()).add(kind(dictionary.get(name)));
                    }
                }
            }
        }
        assertEquals(browserMembers.keySet(), Set.of("candidate-pair", "certificate", "transport", CANDIDATE));
    }

    private static String dictionaryOf(String type) {
        return type.endsWith("-candidate") ? CANDIDATE : type;
    }

    @Test
    public void transportStatsEmitOnlyMembersTheBrowsersEmitInTheirShape() {
        assertSameMembersAsBrowsers(fullTransport().toMap());
    }

    @Test
    public void candidatePairStatsEmitOnlyMembersTheBrowsersEmitInTheirShape() {
        assertSameMembersAsBrowsers(fullPair().toMap());
    }

    @Test
    public void certificateStatsEmitOnlyMembersTheBrowsersEmitInTheirShape() {
        assertSameMembersAsBrowsers(RTCCertificateStats.of(RTCCertificate.generate().getDerEncoded(), 1.0).toMap());
    }

    @Test
    public void candidateStatsEmitOnlyMembersTheBrowsersEmitInTheirShape() {
        assertSameMembersAsBrowsers(new RTCIceCandidateStats("Ix", 1.0, true, "T01", "10.213.0.1", 49161, "tcp", "relay",
                41885439, Optional.of("turn:10.213.0.1:3478?transport=udp"), Optional.of("udp"), "1", Optional.of("10.213.0.1"),
                Optional.of(40000), Optional.of("Ab12"), Optional.of("active")).toMap());
    }

    @Test
    public void aRelayCandidateNamesItsTurnServerOnlyWhenLocal() {
        IceCandidateInfo relay = IceCandidateInfo.parse(
                "candidate:1 1 udp 41885439 10.213.0.1 49161 typ relay raddr 10.213.0.1 rport 40000 generation 0 ufrag Ab12");
        Map<String, Object> local = RTCIceCandidateStats.local("T01", relay, Optional.of("turn:10.213.0.1:3478?transport=udp"), 1.0).toMap();
        Map<String, Object> remote = RTCIceCandidateStats.remote("T01", relay, 1.0).toMap();

        assertEquals(local.get("type"), "local-candidate");
        assertEquals(local.get("candidateType"), "relay");
        assertEquals(local.get("relayProtocol"), "udp");
        assertEquals(local.get("relatedPort"), 40000);
        assertEquals(remote.get("type"), "remote-candidate");
        assertFalse(remote.containsKey("url") || remote.containsKey("relayProtocol"), "only local candidates have a server: " + remote);
    }

    @Test
    public void enumAndIdValuesLookLikeTheBrowsers() {
        Map<String, Object> transport = fullTransport().toMap();
        assertTrue(((String) transport.get("tlsVersion")).matches("[0-9A-F]{4}"));
        RTCCertificateStats certificate = RTCCertificateStats.of(RTCCertificate.generate().getDerEncoded(), 1.0);
        assertEquals(certificate.id(), "CF" + certificate.fingerprint(), "Chrome's certificate id scheme");
        assertTrue(certificate.fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), certificate.fingerprint());
        assertEquals(certificate.fingerprintAlgorithm(), "sha-256");
    }

    private void assertSameMembersAsBrowsers(Map<String, Object> ours) {
        String type = dictionaryOf((String) ours.get("type"));
        Map<String, Set<String>> browsers = browserMembers.get(type);
        Set<String> extra = new TreeSet<>(ours.keySet());
        extra.removeAll(browsers.keySet());
        assertEquals(extra, ONLY_WE_EMIT.get(type), type + ": members no browser emits");
        for (Map.Entry<String, Object> member : ours.entrySet()) {
            if (browsers.containsKey(member.getKey())) {
                assertEquals(Set.of(kind(member.getValue())), browsers.get(member.getKey()), type + "." + member.getKey() + " kind");
            }
        }
        Set<String> onlyBrowsers = new TreeSet<>(browsers.keySet());
        onlyBrowsers.removeAll(ours.keySet());
        assertEquals(onlyBrowsers, ONLY_BROWSERS_EMIT.get(type), type + ": members only browsers emit (update the class comment)");
    }

    private static String kind(Object value) {
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof String) {
            return "string";
        }
        throw new AssertionError("not a JSON scalar: " + value);
    }

    /** A transport stats object with every optional member present. */
    private static RTCTransportStats fullTransport() {
        return new RTCTransportStats("T01", 1.0, new IceTransportCounters(3, 300, 4, 400, 1), "controlling", Optional.of("Ab12"),
                "connected", "connected", "server", Optional.of("CPx_y"), "CFAA", Optional.of("CFBB"), Optional.of("FEFD"),
                Optional.of("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"), Optional.of("SRTP_AES128_CM_HMAC_SHA1_80"));
    }

    /** A pair stats object with every optional member present. */
    private static RTCIceCandidatePairStats fullPair() {
        return new RTCIceCandidatePairStats("CPx_y", 1.0, "T01", "Ix", "Iy", "succeeded", true, 9115005270282354000L,
                new IcePairTraffic(3, 300, 4, 400, OptionalLong.of(1000), OptionalLong.of(1001)),
                new IceCheckCounters(5, 5, 4, 4, 3, 0.004, OptionalDouble.of(0.001)));
    }
}
