package dev.parley.peer.api;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.expectThrows;

import dev.parley.peer.dtls.CertificateKeyAlgorithm;
import dev.parley.peer.dtls.RTCCertificate;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** The RTCPeerConnection constructor and setConfiguration() (webrtc-pc sections 4.2 and 4.4.1.6). */
public class RTCConfigurationTest {

    private RTCPeerConnection pc;

    @AfterMethod
    public void close() {
        if (pc != null) {
            pc.close();
        }
    }

    private static DOMException constructing(RTCConfiguration config) {
        return expectThrows(DOMException.class, () -> Offline.connection(config).close());
    }

    @Test(description = "webrtc/RTCConfiguration-iceServers.html: Offline.connection() should have default "
            + "configuration.iceServers of []")
    public void defaultConfigurationHasNoIceServers() {
        pc = Offline.connection();
        assertEquals(pc.getConfiguration().iceServers(), List.of());
    }

    @Test(description = "webrtc/RTCConfiguration-bundlePolicy.html: Default bundlePolicy should be balanced")
    public void defaultBundlePolicyIsBalanced() {
        pc = Offline.connection();
        assertEquals(pc.getConfiguration().bundlePolicy(), RTCBundlePolicy.BALANCED);
    }

    @Test(description = "webrtc/RTCConfiguration-iceTransportPolicy.html: Offline.connection() should have "
            + "default iceTransportPolicy all")
    public void defaultIceTransportPolicyIsAll() {
        pc = Offline.connection();
        assertEquals(pc.getConfiguration().iceTransportPolicy(), RTCIceTransportPolicy.ALL);
    }

    @Test(description = "webrtc/RTCConfiguration-rtcpMuxPolicy.html: Offline.connection() should have default "
            + "rtcpMuxPolicy require")
    public void defaultRtcpMuxPolicyIsRequire() {
        pc = Offline.connection();
        assertEquals(pc.getConfiguration().rtcpMuxPolicy(), RTCRtcpMuxPolicy.REQUIRE);
    }

    @Test(description = "webrtc/RTCConfiguration-iceServers.html: Offline.connection(config) - with turn server, "
            + "username, credential should succeed")
    public void turnServerWithUsernameAndCredentialIsAccepted() {
        pc = Offline.connection(RTCConfiguration.defaults().withIceServers(List.of(
                RTCIceServer.withCredentials("turn:turn.example.org?transport=udp", "user", "cred"),
                RTCIceServer.of("stun:stun.example.org:3478", "stuns:[::1]:5349"))));
        assertEquals(pc.getConfiguration().iceServers().size(), 2);
    }

    @DataProvider
    public Object[][] badUrls() {
        return new Object[][] {
            {"with \"\" url should throw SyntaxError", List.of("")},
            {"with [\"stun:stun1.example.net\", \"\"] url should throw SyntaxError", List.of("stun:stun1.example.net", "")},
            {"with relative url should throw SyntaxError", List.of("relative")},
            {"with http url should throw SyntaxError", List.of("http://example.com")},
            {"with invalid turn url should throw SyntaxError", List.of("turn://example.org/foo?x=y")},
            {"with invalid stun url should throw SyntaxError", List.of("stun://example.org/foo?x=y")},
            {"with empty urls should throw SyntaxError", List.of()},
        };
    }

    @Test(dataProvider = "badUrls", description = "webrtc/RTCConfiguration-iceServers.html: Offline.connection(config) - with invalid stun url "
            + "should throw SyntaxError")
    public void iceServerWithABadUrlIsASyntaxError(String title, List<String> urls) {
        DOMException e = constructing(RTCConfiguration.defaults().withIceServers(List.of(
                new RTCIceServer(urls, "user", "cred"))));
        assertEquals(e.name(), "SyntaxError", title);
    }

    @DataProvider
    public Object[][] turnWithoutCredentials() {
        return new Object[][] {
            {"turn:turn.example.org", null, null}, {"turn:turn.example.org", "user", null},
            {"turns:turn.example.org", null, "cred"}, {"turn:turn.example.org", "u".repeat(510), "cred"},
        };
    }

    @Test(dataProvider = "turnWithoutCredentials", description = "webrtc/RTCConfiguration-iceServers.html: new "
            + "RTCPeerConnection(config) - with turn server and no credentials should throw InvalidAccessError")
    public void turnServerWithoutBothCredentialsIsAnInvalidAccessError(String url, String user, String cred) {
        assertEquals(constructing(RTCConfiguration.defaults().withIceServers(List.of(
                new RTCIceServer(List.of(url), user, cred)))).name(), "InvalidAccessError");
    }

    @Test(description = "webrtc/RTCConfiguration-iceServers.html: Offline.connection(config) - with a turn "
            + "server and a username of 509 characters should succeed")
    public void turnUsernameOf509CharactersIsAccepted() {
        pc = Offline.connection(RTCConfiguration.defaults().withIceServers(List.of(
                RTCIceServer.withCredentials("turn:turn.example.org", "u".repeat(509), "cred"))));
        assertEquals(pc.getConfiguration().iceServers().get(0).username().length(), 509);
    }

    @Test(description = "webrtc/RTCConfiguration-iceServers.html: Offline.connection(config) - with 32 ice "
            + "servers must succeed")
    public void thirtyTwoIceServersAreAccepted() {
        pc = Offline.connection(RTCConfiguration.defaults().withIceServers(
                Collections.nCopies(32, RTCIceServer.of("stun:stun.example.org"))));
        assertEquals(pc.getConfiguration().iceServers().size(), 32);
    }

    @Test(description = "webrtc/RTCConfiguration-iceServers.html: Offline.connection(config) - { iceServers: "
            + "[{}] } should throw TypeError")
    public void iceServerWithoutUrlsIsATypeError() {
        assertEquals(constructing(RTCConfiguration.defaults().withIceServers(List.of(
                new RTCIceServer(null, null, null)))).name(), "TypeError");
    }

    @Test(description = "webrtc/RTCConfiguration-iceTransportPolicy.html: Offline.connection(config) - with "
            + "invalid iceTransportPolicy should throw TypeError")
    public void unknownEnumStringIsATypeError() {
        assertEquals(expectThrows(DOMException.class, () -> RTCIceTransportPolicy.fromSpec("none")).name(),
                "TypeError");
    }

    @Test(description = "webrtc/RTCConfiguration-iceCandidatePoolSize.html: Initialize a new RTCPeerConnection "
            + "with iceCandidatePoolSize: 256 (Out Of Range)")
    public void poolSizeAbove255IsATypeError() {
        assertEquals(constructing(RTCConfiguration.defaults().withIceCandidatePoolSize(256)).name(), "TypeError");
    }

    @Test(description = "webrtc/RTCConfiguration-iceCandidatePoolSize.html: Reconfigure RTCPeerConnection "
            + "instance iceCandidatePoolSize to 255")
    public void poolSizeCanChangeBeforeSetLocalDescription() {
        pc = Offline.connection();
        pc.setConfiguration(RTCConfiguration.defaults().withIceCandidatePoolSize(255));
        assertEquals(pc.getConfiguration().iceCandidatePoolSize(), 255);
    }

    @Test(description = "webrtc/RTCConfiguration-bundlePolicy.html: setConfiguration({}) with initial bundlePolicy "
            + "max-bundle should throw InvalidModificationError")
    public void setConfigurationWithDefaultBundlePolicyAfterMaxBundleIsAnInvalidModificationError() {
        pc = Offline.connection(RTCConfiguration.defaults().withBundlePolicy(RTCBundlePolicy.MAX_BUNDLE));
        assertEquals(expectThrows(DOMException.class, () -> pc.setConfiguration(RTCConfiguration.defaults())).name(),
                "InvalidModificationError");
    }

    @Test(description = "webrtc/RTCConfiguration-bundlePolicy.html: setConfiguration({ bundlePolicy: 'max-bundle' }) "
            + "with initial bundlePolicy max-bundle should succeed")
    public void setConfigurationWithTheSameBundlePolicySucceeds() {
        RTCConfiguration maxBundle = RTCConfiguration.defaults().withBundlePolicy(RTCBundlePolicy.MAX_BUNDLE);
        pc = Offline.connection(maxBundle);
        pc.setConfiguration(maxBundle);
        assertEquals(pc.getConfiguration().bundlePolicy(), RTCBundlePolicy.MAX_BUNDLE);
    }

    @Test(description = "webrtc/RTCConfiguration-iceTransportPolicy.html: setConfiguration({}) with initial "
            + "iceTransportPolicy relay should set new value to all")
    public void setConfigurationResetsAbsentIceTransportPolicyToAll() {
        pc = Offline.connection(RTCConfiguration.defaults().withIceTransportPolicy(RTCIceTransportPolicy.RELAY));
        pc.setConfiguration(RTCConfiguration.defaults());
        assertEquals(pc.getConfiguration().iceTransportPolicy(), RTCIceTransportPolicy.ALL);
    }

    @Test(description = "webrtc/RTCConfiguration-iceServers.html: setConfiguration(config) - with turn server and "
            + "no credentials should throw InvalidAccessError")
    public void setConfigurationChecksTurnCredentialsToo() {
        pc = Offline.connection();
        DOMException e = expectThrows(DOMException.class, () -> pc.setConfiguration(RTCConfiguration.defaults()
                .withIceServers(List.of(RTCIceServer.of("turn:turn.example.org")))));
        assertEquals(e.name(), "InvalidAccessError");
    }

    @Test(description = "webrtc/RTCConfiguration-iceCandidatePoolSize.html: Reconfigure RTCPeerConnection "
            + "instance iceCandidatePoolSize to 0")
    public void setConfigurationAfterCloseIsAnInvalidStateError() {
        pc = Offline.connection();
        pc.close();
        assertEquals(expectThrows(DOMException.class, () -> pc.setConfiguration(RTCConfiguration.defaults())).name(),
                "InvalidStateError");
    }

    @Test(description = "webrtc/RTCCertificate.html: Calling setConfiguration with different set of certs should "
            + "reject with InvalidModificationError")
    public void setConfigurationWithOtherCertificatesIsAnInvalidModificationError() {
        pc = Offline.connection();
        RTCConfiguration other = RTCConfiguration.defaults().withCertificates(List.of(RTCCertificate.generate()));
        assertEquals(expectThrows(DOMException.class, () -> pc.setConfiguration(other)).name(),
                "InvalidModificationError");
    }

    @Test(description = "webrtc/RTCCertificate.html: Constructing RTCPeerConnection with expired certificate should "
            + "reject with InvalidAccessError")
    public void expiredCertificateIsAnInvalidAccessError() {
        RTCCertificate expired = RTCCertificate.generate(CertificateKeyAlgorithm.ecdsaP256(), Duration.ZERO);
        assertEquals(constructing(RTCConfiguration.defaults().withCertificates(List.of(expired))).name(),
                "InvalidAccessError");
    }

    @Test(description = "webrtc/RTCPeerConnection-constructor.html: ${attr} initial value [template]")
    public void initialAttributesAreTheSpecDefaults() {
        pc = Offline.connection();
        assertEquals(pc.signalingState(), RTCSignalingState.STABLE);
        assertEquals(pc.iceGatheringState(), RTCIceGatheringState.NEW);
        assertEquals(pc.iceConnectionState(), RTCIceConnectionState.NEW);
        assertEquals(pc.connectionState(), RTCPeerConnectionState.NEW);
        assertNull(pc.localDescription());
        assertNull(pc.remoteDescription());
        assertNull(pc.canTrickleIceCandidates());
    }
}
