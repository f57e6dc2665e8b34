package dev.parley.peer.transport;

import dev.parley.peer.api.PeerTransport;
import dev.parley.peer.api.RTCConfiguration;
import dev.parley.peer.api.TransportFactory;
import dev.parley.peer.dtls.DtlsSettings;
import dev.parley.peer.dtls.RTCCertificate;
import dev.parley.peer.ice.IceSettings;
import java.util.Objects;
import java.util.Optional;

/**
 * The real transports of RTCPeerConnection: for each connection an {@link IceDtlsPeerTransport}, an ICE
 * transport on ice4j and a DTLS transport on BouncyCastle over it. Each gathering uses the ICE servers and
 * iceTransportPolicy of the configuration in effect when it starts.
 */
public final class IceDtlsTransportFactory implements TransportFactory {

    private final IceSettings iceSettings;
    private final DtlsSettings dtlsSettings;

    /** With the transports' default timers (disconnected after 5 s, consent for 30 s, DTLS defaults). */
    public IceDtlsTransportFactory() {
        this(IceSettings.DEFAULTS, DtlsSettings.DEFAULTS);
    }

    public IceDtlsTransportFactory(IceSettings iceSettings, DtlsSettings dtlsSettings) {
        this.iceSettings = Objects.requireNonNull(iceSettings, "iceSettings");
        this.dtlsSettings = Objects.requireNonNull(dtlsSettings, "dtlsSettings");
    }

    @Override
    public Optional<PeerTransport> create(RTCConfiguration configuration, RTCCertificate certificate,
                                          PeerTransport.Listener listener) {
        return Optional.of(new IceDtlsPeerTransport(iceSettings, dtlsSettings, certificate, listener));
    }
}
