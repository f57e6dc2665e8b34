package dev.parley.peer.api;

import static dev.parley.peer.api.Promises.await;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.dtls.RTCCertificate;
import dev.parley.peer.sdp.RtpCodec;
import dev.parley.peer.sdp.Sdp;
import dev.parley.peer.sdp.SdpMedia;
import dev.parley.peer.sdp.SdpParseException;
import dev.parley.peer.sdp.SdpParser;
import dev.parley.peer.sdp.SdpSamples;
import java.util.List;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** Answers to the real Chrome and Firefox offers, and the shape of this peer's own offers. */
public class BrowserSdpTest {

    private RTCPeerConnection pc;

    @BeforeMethod
    public void open() {
        pc = Offline.connection();
    }

    @AfterMethod
    public void close() {
        pc.close();
    }

    private static Sdp parse(String text) {
        try {
            return SdpParser.parse(text);
        } catch (SdpParseException e) {
            throw new AssertionError(e);
        }
    }

    private Sdp answer(String offerFile) {
        String offer = SdpSamples.read(offerFile);
        await(pc.setRemoteDescription(RTCSessionDescriptionInit.of(RTCSdpType.OFFER, offer)));
        RTCSessionDescriptionInit answer = await(pc.createAnswer());
        await(pc.setLocalDescription(answer));
        return parse(answer.sdp());
    }

    @DataProvider
    public Object[][] offers() {
        return SdpSamples.provider(SdpSamples.OFFERS);
    }

    @Test(dataProvider = "offers", description = "webrtc/RTCPeerConnection-setRemoteDescription-offer.html: "
            + "setRemoteDescription with valid offer should succeed")
    public void everyBrowserOfferIsAnsweredSectionForSectionWithTheSameMids(String file) {
        Sdp offer = parse(SdpSamples.read(file));
        Sdp answer = answer(file);
        assertEquals(answer.media().size(), offer.media().size());
        for (int i = 0; i < offer.media().size(); i++) {
            assertEquals(answer.media().get(i).mid(), offer.media().get(i).mid());
            assertEquals(answer.media().get(i).media(), offer.media().get(i).media());
            assertFalse(answer.media().get(i).isRejected(), file + " section " + i);
        }
        assertEquals(answer.bundleMids(), offer.bundleMids());
        assertEquals(pc.signalingState(), RTCSignalingState.STABLE);
    }

    @Test(dataProvider = "offers", description = "webrtc/RTCPeerConnection-setLocalDescription-answer.html: "
            + "setLocalDescription() with valid answer should succeed")
    public void answersCarryTransportAttributesAsChromeWritesThem(String file) {
        Sdp answer = answer(file);
        String fingerprint = "sha-256 " + pc.getConfiguration().certificates().get(0).getFingerprints().get(0).value();
        for (SdpMedia m : answer.media()) {
            assertEquals(m.attribute("setup").orElseThrow(), "active");
            assertEquals(m.attribute("fingerprint").orElseThrow(), fingerprint);
            assertEquals(m.attribute("ice-options").orElseThrow(), "trickle");
            assertEquals(m.attribute("ice-ufrag").orElseThrow().length(), 4);
            assertEquals(m.attribute("ice-pwd").orElseThrow().length(), 24);
            if (m.isRtp()) {
                assertTrue(m.hasAttribute("rtcp-mux"));
            }
        }
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-offer.html: setRemoteDescription with valid "
            + "offer should succeed")
    public void chromeAudioAnswerKeepsOpusPcmuPcmaAndTelephoneEventWithChromesPayloadTypes() {
        SdpMedia audio = answer("chrome-offer-av-data.sdp").media().get(0);
        assertEquals(audio.formats(), List.of("111", "0", "8", "110", "126"));
        RtpCodec opus = audio.codecs().get(0);
        assertEquals(opus.rtpmapValue(), "111 opus/48000/2");
        assertEquals(opus.rtcpFeedback(), List.of("transport-cc"));
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-offer.html: setRemoteDescription with valid "
            + "offer should succeed")
    public void firefoxVideoAnswerKeepsVp8AndItsRtx() {
        SdpMedia video = answer("firefox-offer-av-data.sdp").media().get(1);
        assertEquals(video.formats(), List.of("120", "124"));
        assertEquals(video.codecs().get(1).fmtp(), "apt=120");
    }

    @Test(description = "webrtc/RTCRtpTransceiver.https.html: checkAddTransceiverWithSetRemoteOfferNoSend")
    public void recvonlyOfferIsAnsweredInactiveWithoutATrackAndSendonlyWithOne() {
        Sdp answer = answer("chrome-offer-transceivers-no-candidates.sdp");
        // Audio was offered recvonly; the transceiver setRemoteDescription created is recvonly: inactive.
        assertEquals(answer.media().get(0).direction().orElseThrow(), "inactive");
        assertEquals(answer.media().get(1).direction().orElseThrow(), "recvonly");
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-offer.html: setRemoteDescription with valid "
            + "offer should succeed")
    public void answerWithLocalTracksSendsThemWithMsidAndSsrc() {
        MediaStream stream = new MediaStream();
        pc.addTrack(MediaStreamTrack.synthetic("audio"), stream);
        SdpMedia audio = answer("firefox-offer-av-data.sdp").media().get(0);
        assertEquals(audio.direction().orElseThrow(), "sendrecv");
        assertTrue(audio.attribute("msid").orElseThrow().startsWith(stream.id() + " "));
        assertTrue(audio.attributes("ssrc").get(0).contains(" cname:"));
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-offer.html: setRemoteDescription with valid "
            + "offer should succeed")
    public void dataChannelSectionIsAcceptedWithSctpPortAndMaxMessageSize() {
        SdpMedia data = answer("firefox-offer-data-only.sdp").media().get(0);
        assertEquals(data.proto(), "UDP/DTLS/SCTP");
        assertEquals(data.formats(), List.of("webrtc-datachannel"));
        assertEquals(data.attribute("sctp-port").orElseThrow(), "5000");
        assertEquals(data.attribute("max-message-size").orElseThrow(), "262144");
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-answer.html: setRemoteDescription() with "
            + "valid state and answer should succeed")
    public void answerWithOtherSectionsThanTheOfferIsAnInvalidAccessError() {
        pc.addTransceiver("audio");
        await(pc.setLocalDescription());
        // A real browser answer, but to another offer: three sections where ours has one.
        Promises.assertRejects("InvalidAccessError", pc.setRemoteDescription(RTCSessionDescriptionInit.of(
                RTCSdpType.ANSWER, SdpSamples.read("chrome-answer-to-chrome-av-data.sdp"))));
    }

    @Test(description = "webrtc/RTCConfiguration-rtcpMuxPolicy.html: setRemoteDescription throws InvalidAccessError "
            + "when called with an offer without rtcp-mux and rtcpMuxPolicy is set to require")
    public void offerWithoutRtcpMuxIsAnInvalidAccessError() {
        Promises.assertRejects("InvalidAccessError", pc.setRemoteDescription(RTCSessionDescriptionInit.of(
                RTCSdpType.OFFER, SdpSamples.read("chrome-offer-av-data.sdp").replace("a=rtcp-mux\r\n", ""))));
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-offer.html: setRemoteDescription(offer) with "
            + "invalid SDP should reject with RTCError")
    public void offerWithoutIceCredentialsIsAnInvalidAccessError() {
        Promises.assertRejects("InvalidAccessError", pc.setRemoteDescription(RTCSessionDescriptionInit.of(
                RTCSdpType.OFFER, SdpSamples.read("chrome-offer-data-only.sdp").replaceAll("a=ice-pwd:.*\r\n", ""))));
    }

    @Test(description = "RFC 8843 section 7.1.3 (no WPT test): bundled sections may leave their transport to the "
            + "BUNDLE tag")
    public void bundledSectionsWithoutTransportAttributesAreAccepted() {
        String offer = SdpSamples.read("chrome-offer-av-data.sdp");
        int second = offer.indexOf("m=video");
        String rest = offer.substring(second).replaceAll("a=(ice-ufrag|ice-pwd|fingerprint|ice-options):.*\r\n", "");
        await(pc.setRemoteDescription(RTCSessionDescriptionInit.of(RTCSdpType.OFFER, offer.substring(0, second) + rest)));
        assertEquals(pc.signalingState(), RTCSignalingState.HAVE_REMOTE_OFFER);
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-offer.html: sRD(reoffer) with candidates and "
            + "without trickle works")
    public void chromeIceRestartOfferIsAcceptedAfterTheFirstNegotiation() {
        answer("chrome-offer-transceivers-no-candidates.sdp");
        await(pc.setRemoteDescription(RTCSessionDescriptionInit.of(RTCSdpType.OFFER,
                SdpSamples.read("chrome-offer-transceivers-no-candidates.sdp").replace("ffLZ", "ZZZZ"))));
        assertEquals(pc.signalingState(), RTCSignalingState.HAVE_REMOTE_OFFER);
    }

    @Test(description = "webrtc/RTCPeerConnection-createOffer.html: createOffer() and then setLocalDescription() "
            + "should succeed")
    public void ownOfferLooksLikeChromesOffer() {
        pc.addTrack(MediaStreamTrack.synthetic("audio"), new MediaStream());
        pc.addTrack(MediaStreamTrack.synthetic("video"), new MediaStream());
        pc.createDataChannel("chat");
        Sdp offer = parse(await(pc.createOffer()).sdp());
        assertEquals(offer.bundleMids(), List.of("0", "1", "2"));
        assertEquals(offer.media().stream().map(SdpMedia::media).toList(), List.of("audio", "video", "application"));
        SdpMedia audio = offer.media().get(0);
        assertEquals(audio.proto(), "UDP/TLS/RTP/SAVPF");
        assertEquals(audio.port(), 9);
        assertEquals(audio.attribute("setup").orElseThrow(), "actpass");
        assertEquals(audio.codecs().stream().map(RtpCodec::name).toList(),
                List.of("opus", "PCMU", "PCMA", "telephone-event", "telephone-event"));
        SdpMedia video = offer.media().get(1);
        assertEquals(video.attribute("ssrc-group").orElseThrow().split(" ").length, 3);
        assertTrue(video.attributes("rtcp-fb").contains("96 nack pli"));
        assertTrue(offer.media().get(2).hasAttribute("sctp-port"));
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription.html: Switching role from offerer to "
            + "answerer after going back to stable state should succeed")
    public void reOfferAfterAnsweringFirefoxKeepsItsPayloadTypesAndExtensionIds() {
        answer("firefox-offer-av-data.sdp");
        pc.addTransceiver("audio");
        Sdp reoffer = parse(await(pc.createOffer()).sdp());
        SdpMedia firstAudio = reoffer.media().get(0);
        assertEquals(firstAudio.codecs().get(0).rtpmapValue(), "109 opus/48000/2");
        assertTrue(firstAudio.attributes("extmap").contains("3 urn:ietf:params:rtp-hdrext:sdes:mid"));
        SdpMedia newAudio = reoffer.media().get(3);
        assertEquals(newAudio.mid().orElseThrow(), "3");
        assertEquals(newAudio.codecs().get(0).payloadType(), 109);
        assertTrue(newAudio.attributes("extmap").contains("3 urn:ietf:params:rtp-hdrext:sdes:mid"),
                newAudio.attributes("extmap").toString());
        assertTrue(newAudio.attributes("extmap").stream().noneMatch(e -> e.startsWith("3 ")
                && !e.endsWith("sdes:mid")));
    }

    @Test(description = "webrtc/RTCPeerConnection-createOffer.html: createOffer() returns RTCSessionDescriptionInit")
    public void ownOfferAndAnswerAreWrittenExactlyAsTheParserReadsThem() throws Exception {
        pc.addTrack(MediaStreamTrack.synthetic("audio"), new MediaStream());
        pc.addTransceiver("video", RTCRtpTransceiverInit.of(RTCRtpTransceiverDirection.RECVONLY));
        pc.createDataChannel("chat");
        String offer = await(pc.createOffer()).sdp();
        assertEquals(dev.parley.peer.sdp.SdpWriter.write(parse(offer)), offer);
        RTCPeerConnection answerer = Offline.connection();
        try {
            await(answerer.setRemoteDescription(RTCSessionDescriptionInit.of(RTCSdpType.OFFER, offer)));
            String answer = await(answerer.createAnswer()).sdp();
            assertEquals(dev.parley.peer.sdp.SdpWriter.write(parse(answer)), answer);
        } finally {
            answerer.close();
        }
    }

    @Test(description = "webrtc/RTCCertificate.html: RTCPeerConnection({ certificates }) should generate offer SDP "
            + "with fingerprint of provided certificate")
    public void offerCarriesTheFingerprintOfTheGivenCertificate() {
        RTCCertificate cert = await(RTCPeerConnection.generateCertificate());
        RTCPeerConnection withCert = Offline.connection(RTCConfiguration.defaults().withCertificates(List.of(cert)));
        try {
            withCert.createDataChannel("x");
            String sdp = await(withCert.createOffer()).sdp();
            assertTrue(sdp.contains("a=fingerprint:sha-256 " + cert.getFingerprints().get(0).value()));
        } finally {
            withCert.close();
        }
    }

    @Test(description = "webrtc/RTCPeerConnection-generateCertificate.html: generateCertificate() with invalid string "
            + "algorithm should reject with NotSupportedError")
    public void generateCertificateWithAnUnknownAlgorithmIsNotSupported() {
        Promises.assertRejects("NotSupportedError", RTCPeerConnection.generateCertificate("DSA"));
    }

    @Test(description = "webrtc/RTCPeerConnection-generateCertificate.html: generateCertificate() with invalid range "
            + "for expires should reject with TypeError")
    public void generateCertificateWithNegativeExpiresIsATypeError() {
        Promises.assertRejects("TypeError", RTCPeerConnection.generateCertificate(
                dev.parley.peer.dtls.CertificateKeyAlgorithm.ecdsaP256(), -1L));
    }

    @Test(description = "webrtc/RTCPeerConnection-generateCertificate.html: generateCertificate({modulusLength: "
            + "${modulusLength}}) with RSASSA-PKCS1-v1_5 parameters should succeed [template]")
    public void generateCertificateMakesAnRsaCertificateWithAFingerprint() {
        RTCCertificate cert = await(RTCPeerConnection.generateCertificate("RSASSA-PKCS1-v1_5"));
        assertEquals(cert.getFingerprints().get(0).algorithm(), "sha-256");
        assertTrue(cert.getExpires() > System.currentTimeMillis());
    }
}
