package dev.parley.peer.api;

import static dev.parley.peer.api.Promises.await;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import dev.parley.peer.sdp.SdpMedia;
import dev.parley.peer.sdp.SdpParser;
import dev.parley.peer.sdp.SdpSamples;
import java.util.ArrayList;
import java.util.List;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** getCapabilities() and setCodecPreferences() (webrtc-pc sections 5.2, 5.3, 5.4). */
public class CodecPreferencesTest {

    private RTCPeerConnection pc;

    @BeforeMethod
    public void open() {
        pc = Offline.connection();
    }

    @AfterMethod
    public void close() {
        pc.close();
    }

    private static List<RTCRtpCodec> codecs(String kind) {
        return RTCRtpReceiver.getCapabilities(kind).codecs();
    }

    private static RTCRtpCodec codec(String kind, String name) {
        return codecs(kind).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static SdpMedia firstSection(String sdp) throws Exception {
        return SdpParser.parse(sdp).media().get(0);
    }

    private String error(RTCRtpTransceiver t, List<RTCRtpCodec> codecs) {
        return expectThrows(DOMException.class, () -> t.setCodecPreferences(codecs)).name();
    }

    @Test(description = "webrtc/RTCRtpSender-getCapabilities.html: RTCRtpSender.getCapabilities('audio') should "
            + "return RTCRtpCapabilities dictionary")
    public void audioCapabilitiesListOpusPcmuPcmaAndTelephoneEvent() {
        List<String> mimeTypes = RTCRtpSender.getCapabilities("audio").codecs().stream().map(RTCRtpCodec::mimeType)
                .toList();
        assertEquals(mimeTypes, List.of("audio/opus", "audio/PCMU", "audio/PCMA", "audio/telephone-event",
                "audio/telephone-event"));
        assertTrue(RTCRtpSender.getCapabilities("audio").headerExtensions().stream()
                .anyMatch(e -> e.uri().equals("urn:ietf:params:rtp-hdrext:sdes:mid")));
    }

    @Test(description = "webrtc/RTCRtpSender-getCapabilities.html: RTCRtpSender.getCapabilities('dummy') should "
            + "return null")
    public void capabilitiesOfAnotherKindAreNull() {
        assertNull(RTCRtpSender.getCapabilities("dummy"));
        assertNull(RTCRtpReceiver.getCapabilities("dummy"));
    }

    @Test(description = "webrtc/RTCRtpTransceiver-setCodecPreferences.html: setCodecPreferences() modifies the "
            + "order of audio codecs in createOffer")
    public void preferencesOrderAndFilterTheOfferedCodecs() throws Exception {
        RTCRtpTransceiver t = pc.addTransceiver("audio");
        t.setCodecPreferences(List.of(codec("audio", "PCMA"), codec("audio", "opus")));
        assertEquals(firstSection(await(pc.createOffer()).sdp()).formats(), List.of("8", "111"));
    }

    @Test(description = "webrtc/RTCRtpTransceiver-setCodecPreferences.html: setCodecPreferences([]) should succeed")
    public void emptyPreferencesRestoreAllCodecs() throws Exception {
        RTCRtpTransceiver t = pc.addTransceiver("audio");
        t.setCodecPreferences(List.of(codec("audio", "PCMU")));
        t.setCodecPreferences(List.of());
        assertEquals(firstSection(await(pc.createOffer()).sdp()).formats().size(), 5);
    }

    @Test(description = "webrtc/RTCRtpTransceiver-setCodecPreferences.html: setCodecPreferences() can remove "
            + "${resiliencyMechanism} [template]")
    public void videoWithoutRtxInThePreferencesOffersNoRtx() throws Exception {
        RTCRtpTransceiver t = pc.addTransceiver("video");
        t.setCodecPreferences(List.of(codec("video", "VP8")));
        assertEquals(firstSection(await(pc.createOffer()).sdp()).formats(), List.of("96"));
    }

    @Test(description = "webrtc/RTCRtpTransceiver-setCodecPreferences.html: setCodecPreferences() on audio "
            + "transceiver with codecs returned from getCapabilities('video') should throw InvalidModificationError")
    public void videoCodecsOnAnAudioTransceiverAreAnInvalidModificationError() {
        assertEquals(error(pc.addTransceiver("audio"), codecs("video")), "InvalidModificationError");
    }

    @Test(description = "webrtc/RTCRtpTransceiver-setCodecPreferences.html: setCodecPreferences() with modified "
            + "codec clock rate should throw InvalidModificationError")
    public void modifiedClockRateIsAnInvalidModificationError() {
        RTCRtpCodec opus = codec("audio", "opus");
        assertEquals(error(pc.addTransceiver("audio"), List.of(new RTCRtpCodec(opus.mimeType(), 8000,
                opus.channels(), opus.sdpFmtpLine()))), "InvalidModificationError");
    }

    @Test(description = "webrtc/RTCRtpTransceiver-setCodecPreferences.html: setCodecPreferences() with modified "
            + "codec parameters should throw InvalidModificationError")
    public void modifiedParametersAreAnInvalidModificationError() {
        RTCRtpCodec opus = codec("audio", "opus");
        assertEquals(error(pc.addTransceiver("audio"), List.of(new RTCRtpCodec(opus.mimeType(), opus.clockRate(),
                opus.channels(), "stereo=1"))), "InvalidModificationError");
    }

    @Test(description = "webrtc/RTCRtpTransceiver-setCodecPreferences.html: setCodecPreferences should accept "
            + "${kind} codecs regardless of mimeType case [template]")
    public void mimeTypeCaseDoesNotMatter() throws Exception {
        RTCRtpCodec vp8 = codec("video", "VP8");
        RTCRtpTransceiver t = pc.addTransceiver("video");
        t.setCodecPreferences(List.of(new RTCRtpCodec("VIDEO/vp8", vp8.clockRate(), null, vp8.sdpFmtpLine())));
        assertEquals(firstSection(await(pc.createOffer()).sdp()).formats(), List.of("96"));
    }

    @Test(description = "webrtc-pc section 5.4 setCodecPreferences() (no WPT test): only RTX, RED or FEC codecs "
            + "are an InvalidModificationError")
    public void onlyRtxIsAnInvalidModificationError() {
        List<RTCRtpCodec> rtxOnly = new ArrayList<>(codecs("video"));
        rtxOnly.removeIf(c -> !c.name().equals("rtx"));
        assertEquals(error(pc.addTransceiver("video"), rtxOnly), "InvalidModificationError");
    }

    @Test(description = "webrtc/RTCRtpTransceiver-setCodecPreferences.html: setCodecPreferences() filters on "
            + "receiver and prefers receiver order")
    public void answerFollowsThePreferencesWithinTheOffer() throws Exception {
        await(pc.setRemoteDescription(RTCSessionDescriptionInit.of(RTCSdpType.OFFER,
                SdpSamples.read("chrome-offer-av-data.sdp"))));
        pc.getTransceivers().get(0).setCodecPreferences(List.of(codec("audio", "PCMU"), codec("audio", "opus")));
        assertEquals(firstSection(await(pc.createAnswer()).sdp()).formats(), List.of("0", "111"));
    }
}
