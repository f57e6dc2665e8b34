package dev.parley.peer.transport;

import dev.parley.peer.api.RTCConfiguration;
import dev.parley.peer.api.RTCIceServer;
import dev.parley.peer.api.RTCIceTransportPolicy;
import dev.parley.peer.ice.IceServerConfig;
import dev.parley.peer.ice.RTCIceGatherPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ICE layer's view of an RTCConfiguration: its iceServers as {@link IceServerConfig}s and its
 * iceTransportPolicy as a {@link RTCIceGatherPolicy}. The constructor of RTCPeerConnection already
 * rejected malformed servers; URLs this peer cannot use (stuns:, turns:, TCP) are left out, as a browser
 * leaves out a server it cannot reach.
 */
final class IceServers {

    private static final Logger LOG = LoggerFactory.getLogger(IceServers.class);

    private IceServers() {
    }

    static List<IceServerConfig> of(RTCConfiguration configuration) {
        List<IceServerConfig> result = new ArrayList<>();
        for (RTCIceServer server : configuration.iceServers()) {
            List<String> usable = new ArrayList<>();
            for (String url : server.urls()) {
                try {
                    IceServerConfig.Url.parse(url);
                    usable.add(url);
                } catch (IllegalArgumentException e) {
                    LOG.info("ICE server URL left out: {}", e.getMessage());
                }
            }
            if (!usable.isEmpty()) {
                result.add(new IceServerConfig(usable, Optional.ofNullable(server.username()),
                        Optional.ofNullable(server.credential())));
            }
        }
        return result;
    }

    static RTCIceGatherPolicy gatherPolicy(RTCConfiguration configuration) {
        return configuration.iceTransportPolicy() == RTCIceTransportPolicy.RELAY ? RTCIceGatherPolicy.RELAY
                : RTCIceGatherPolicy.ALL;
    }
}
