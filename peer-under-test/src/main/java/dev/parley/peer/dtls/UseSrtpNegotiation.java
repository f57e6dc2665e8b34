package dev.parley.peer.dtls;

import java.io.IOException;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.UseSRTPData;

/**
 * The use_srtp extension (RFC 5764 section 4.1) for both sides, and the key export that follows.
 * BouncyCastle parses the extension but chooses nothing: the server side picks here.
 */
final class UseSrtpNegotiation {

    private static final byte[] NO_MKI = new byte[0];

    private final List<SrtpProtectionProfile> preference;
    private SrtpProtectionProfile selected;

    UseSrtpNegotiation(List<SrtpProtectionProfile> preference) {
        this.preference = preference;
    }

    /** Client: adds our profiles, in preference order, to the ClientHello. */
    void offer(Hashtable<Integer, byte[]> clientExtensions) throws IOException {
        if (preference.isEmpty()) {
            return;
        }
        int[] ids = preference.stream().mapToInt(SrtpProtectionProfile::id).toArray();
        TlsSRTPUtils.addUseSRTPExtension(clientExtensions, new UseSRTPData(ids, NO_MKI));
    }

    /** Client: accepts the server's single choice, which must be one we offered. */
    void acceptServerChoice(Hashtable<?, ?> serverExtensions) throws IOException {
        UseSRTPData answer = TlsSRTPUtils.getUseSRTPExtension(serverExtensions);
        if (answer == null) {
            return;
        }
        int[] ids = answer.getProtectionProfiles();
        if (ids.length != 1) {
            throw new TlsFatalAlert(AlertDescription.illegal_parameter, "server use_srtp must name one profile");
        }
        selected = preference.stream().filter(p -> p.id() == ids[0]).findFirst()
                .orElseThrow(() -> new TlsFatalAlert(AlertDescription.illegal_parameter,
                        String.format("server chose SRTP profile 0x%04X we did not offer", ids[0])));
    }

    /** Server: picks the first of our preferences the client offered, like Chrome and Firefox servers. */
    void chooseFromClientOffer(Hashtable<?, ?> clientExtensions) throws IOException {
        UseSRTPData offer = TlsSRTPUtils.getUseSRTPExtension(clientExtensions);
        if (offer == null) {
            return;
        }
        for (SrtpProtectionProfile candidate : preference) {
            for (int offered : offer.getProtectionProfiles()) {
                if (offered == candidate.id()) {
                    selected = candidate;
                    return;
                }
            }
        }
    }

    /** Server: answers with the chosen profile, if any. */
    void answer(Hashtable<Integer, byte[]> serverExtensions) throws IOException {
        if (selected != null) {
            TlsSRTPUtils.addUseSRTPExtension(serverExtensions, new UseSRTPData(new int[] {selected.id()}, NO_MKI));
        }
    }

    /** Exports the SRTP keys; only valid inside notifyHandshakeComplete. */
    DtlsSessionInfo sessionInfo(TlsContext context, RTCDtlsRole localRole) {
        Optional<SrtpKeyingMaterial> keys = Optional.ofNullable(selected).map(profile -> new SrtpKeyingMaterial(profile, localRole,
                context.exportKeyingMaterial(SrtpKeyingMaterial.EXPORTER_LABEL, null, profile.keyingMaterialLength())));
        ProtocolVersion version = context.getServerVersion();
        String tlsVersion = String.format("%02X%02X", version.getMajorVersion(), version.getMinorVersion());
        return new DtlsSessionInfo(tlsVersion, DtlsCipherSuites.name(context.getSecurityParametersConnection().getCipherSuite()), keys);
    }
}
