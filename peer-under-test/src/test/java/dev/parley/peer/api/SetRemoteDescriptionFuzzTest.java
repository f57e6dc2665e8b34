package dev.parley.peer.api;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.fail;

import dev.parley.peer.sdp.SdpSamples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testng.annotations.Test;

/**
 * Mutated real Chrome and Firefox offers fed to setRemoteDescription(): every one ends in success or in
 * one of the spec's errors, never in another exception and never in a hang. The seed is fixed so a
 * failure reproduces.
 */
public class SetRemoteDescriptionFuzzTest {

    private static final int CASES = 12_000;
    private static final int ANSWER_CASES = 4_000;
    private static final long SEED = 0x5EED_2026L;
    private static final Set<String> SPEC_ERRORS = Set.of("OperationError", "InvalidAccessError",
            "InvalidStateError", "TypeError");
    private static final String[] TOKENS = {"0", "-1", "65536", "99999999999999999999", "", " ", ":", "/", "=",
        "a=", "m=", "UDP/DTLS/SCTP", "webrtc-datachannel", "\t", "\u00e9", "\u0000", "sendrecv", "actpass",
        "candidate:1 1 udp 1 1.2.3.4 5 typ host", "BUNDLE", "mid", "rtpmap:96", "opus/48000/2"};

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-offer.html: setRemoteDescription(offer) with "
            + "invalid SDP should reject with RTCError")
    public void mutatedBrowserOffersEndInSuccessOrASpecError() throws Exception {
        List<String[]> seeds = new ArrayList<>();
        for (String file : SdpSamples.OFFERS) {
            seeds.add(SdpSamples.read(file).split("\r\n", -1));
        }
        Random random = new Random(SEED);
        RTCPeerConnection pc = Offline.connection();
        int accepted = 0;
        try {
            for (int i = 0; i < CASES; i++) {
                String sdp = mutate(seeds.get(random.nextInt(seeds.size())), random);
                if (apply(pc, sdp, i)) {
                    accepted++;
                    apply(pc, null, i);
                }
                assertEquals(pc.signalingState(), RTCSignalingState.STABLE, "case " + i);
            }
        } finally {
            pc.close();
        }
        // Mutations that touch only unknown or optional lines must still be accepted.
        assertTrue(accepted > CASES / 20, "only " + accepted + " of " + CASES + " mutated offers were accepted");
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-answer.html: setRemoteDescription() with "
            + "valid state and answer should succeed")
    public void mutatedAnswersToOurOfferEndInSuccessOrASpecError() throws Exception {
        RTCPeerConnection offerer = Offline.connection();
        RTCPeerConnection answerer = Offline.connection();
        Random random = new Random(SEED + 1);
        try {
            offerer.addTrack(MediaStreamTrack.synthetic("audio"), new MediaStream());
            offerer.addTransceiver("video");
            offerer.createDataChannel("chat");
            RTCSessionDescriptionInit offer = Promises.await(offerer.createOffer());
            Promises.await(offerer.setLocalDescription(offer));
            Promises.await(answerer.setRemoteDescription(offer));
            answerer.addTrack(MediaStreamTrack.synthetic("video"), new MediaStream());
            String[] seed = Promises.await(answerer.createAnswer()).sdp().split("\r\n", -1);
            for (int i = 0; i < ANSWER_CASES; i++) {
                String sdp = mutate(seed, random);
                if (apply(offerer, RTCSdpType.ANSWER, sdp, i)) {
                    Promises.await(offerer.setLocalDescription(Promises.await(offerer.createOffer())));
                }
                assertEquals(offerer.signalingState(), RTCSignalingState.HAVE_LOCAL_OFFER, "case " + i);
            }
        } finally {
            offerer.close();
            answerer.close();
        }
    }

    /** Applies an offer (or a rollback for null) and says whether it was accepted. */
    private static boolean apply(RTCPeerConnection pc, String sdp, int index) throws InterruptedException {
        return apply(pc, sdp == null ? RTCSdpType.ROLLBACK : RTCSdpType.OFFER, sdp == null ? "" : sdp, index);
    }

    private static boolean apply(RTCPeerConnection pc, RTCSdpType type, String sdp, int index)
            throws InterruptedException {
        RTCSessionDescriptionInit init = RTCSessionDescriptionInit.of(type, sdp);
        try {
            pc.setRemoteDescription(init).get(5, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            fail("case " + index + " hung:\n" + sdp);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof DOMException d) || !SPEC_ERRORS.contains(d.name())) {
                throw new AssertionError("case " + index + " failed with " + e.getCause() + ":\n" + sdp, e.getCause());
            }
            // The chain turns unexpected exceptions into OperationError with the bug as cause.
            assertNull(d.getCause(), "case " + index + " hid a bug:\n" + sdp);
            assertTrue(d.getMessage() != null && !d.getMessage().isEmpty(), "case " + index + " has no message");
        }
        return false;
    }

    private static String mutate(String[] original, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(original));
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations && !lines.isEmpty(); m++) {
            int i = random.nextInt(lines.size());
            String line = lines.get(i);
            switch (random.nextInt(9)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 -> {
                    int j = random.nextInt(lines.size());
                    lines.set(i, lines.get(j));
                    lines.set(j, line);
                }
                case 3 -> lines.set(i, line.substring(0, random.nextInt(line.length() + 1)));
                case 4 -> lines.set(i, replaceChar(line, random));
                case 5 -> lines.set(i, insert(line, TOKENS[random.nextInt(TOKENS.length)], random));
                case 6 -> lines.set(i, line.replaceAll("\\d+", TOKENS[random.nextInt(4)]));
                case 7 -> lines.set(i, line.replace(" ", random.nextBoolean() ? "  " : ""));
                default -> {
                    String joined = String.join("\r\n", lines);
                    return joined.substring(0, random.nextInt(joined.length() + 1));
                }
            }
        }
        return String.join(random.nextInt(10) == 0 ? "\n" : "\r\n", lines);
    }

    private static String replaceChar(String line, Random random) {
        if (line.isEmpty()) {
            return line;
        }
        char[] chars = line.toCharArray();
        chars[random.nextInt(chars.length)] = (char) (random.nextInt(10) == 0 ? random.nextInt(0x3000) : 32 + random.nextInt(95));
        return new String(chars);
    }

    private static String insert(String line, String token, Random random) {
        int at = random.nextInt(line.length() + 1);
        return line.substring(0, at) + token + line.substring(at);
    }
}
