package dev.parley.peer.ice;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertThrows;

import java.util.List;
import java.util.Optional;

import org.testng.annotations.Test;

public class IceServerConfigTest {

    @Test
    public void stunUrlDefaultsToPort3478() {
        IceServerConfig.Url url = IceServerConfig.Url.parse("stun:10.213.0.1");

        assertEquals(url, new IceServerConfig.Url("stun:10.213.0.1", false, "10.213.0.1", 3478));
    }

    @Test
    public void turnUrlWithPortAndUdpTransport() {
        IceServerConfig.Url url = IceServerConfig.Url.parse("turn:10.213.0.1:3479?transport=udp");

        assertEquals(url.turn(), true);
        assertEquals(url.host(), "10.213.0.1");
        assertEquals(url.port(), 3479);
    }

    @Test
    public void ipv6Literal() {
        assertEquals(IceServerConfig.Url.parse("stun:[::1]:19302").host(), "::1");
    }

    @Test
    public void unsupportedUrlsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> IceServerConfig.Url.parse("turns:example.org"));
        assertThrows(IllegalArgumentException.class, () -> IceServerConfig.Url.parse("turn:example.org?transport=tcp"));
        assertThrows(IllegalArgumentException.class, () -> IceServerConfig.Url.parse("http://example.org"));
        assertThrows(IllegalArgumentException.class, () -> IceServerConfig.Url.parse("stun:example.org:0"));
    }

    @Test
    public void turnNeedsCredentials() {
        assertThrows(IllegalArgumentException.class,
                () -> new IceServerConfig(List.of("turn:10.213.0.1"), Optional.empty(), Optional.empty()));
    }
}
