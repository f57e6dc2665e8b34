package dev.parley.peer.dtls;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertThrows;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** RFC 5764 section 4.2: client_write_key | server_write_key | client_write_salt | server_write_salt. */
public class SrtpKeyingMaterialTest {

    @DataProvider
    public Object[][] profiles() {
        return new Object[][] {
            {SrtpProtectionProfile.SRTP_AES128_CM_HMAC_SHA1_80, 60, 16, 14},
            {SrtpProtectionProfile.SRTP_AES128_CM_HMAC_SHA1_32, 60, 16, 14},
            {SrtpProtectionProfile.SRTP_AEAD_AES_128_GCM, 56, 16, 12},
            {SrtpProtectionProfile.SRTP_AEAD_AES_256_GCM, 88, 32, 12},
        };
    }

    @Test(dataProvider = "profiles")
    public void layoutFollowsRfc5764(SrtpProtectionProfile profile, int total, int keyLength, int saltLength) {
        byte[] material = new byte[total];
        for (int i = 0; i < total; i++) {
            material[i] = (byte) i;
        }

        SrtpKeyingMaterial client = new SrtpKeyingMaterial(profile, RTCDtlsRole.CLIENT, material);
        SrtpKeyingMaterial server = new SrtpKeyingMaterial(profile, RTCDtlsRole.SERVER, material);

        assertEquals(profile.keyingMaterialLength(), total);
        assertEquals(client.clientWriteKey()[0], 0);
        assertEquals(client.serverWriteKey()[0], keyLength);
        assertEquals(client.clientWriteSalt()[0], 2 * keyLength);
        assertEquals(client.serverWriteSalt()[0], 2 * keyLength + saltLength);
        assertEquals(client.serverWriteSalt().length, saltLength);
        assertEquals(client.localKey(), server.remoteKey());
        assertEquals(client.localSalt(), server.remoteSalt());
        assertEquals(server.localKey(), client.serverWriteKey());
    }

    @Test
    public void wrongLengthIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new SrtpKeyingMaterial(SrtpProtectionProfile.SRTP_AEAD_AES_128_GCM, RTCDtlsRole.CLIENT, new byte[60]));
    }
}
