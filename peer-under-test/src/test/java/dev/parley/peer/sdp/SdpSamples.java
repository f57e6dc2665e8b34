package dev.parley.peer.sdp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The real browser SDPs captured from Chromium 156 and Firefox ESR 153, kept as test resources. */
public final class SdpSamples {

    public static final String[] ALL = {
        "chrome-answer-to-chrome-av-data.sdp", "chrome-answer-to-firefox-av-data.sdp", "chrome-offer-av-data.sdp",
        "chrome-offer-data-only.sdp", "chrome-offer-ice-restart-no-candidates.sdp",
        "chrome-offer-transceivers-no-candidates.sdp", "firefox-answer-to-chrome-av-data.sdp",
        "firefox-answer-to-firefox-av-data.sdp", "firefox-offer-av-data.sdp", "firefox-offer-data-only.sdp",
        "firefox-offer-ice-restart-no-candidates.sdp", "firefox-offer-transceivers-no-candidates.sdp",
    };

    public static final String[] OFFERS = {
        "chrome-offer-av-data.sdp", "chrome-offer-data-only.sdp", "chrome-offer-ice-restart-no-candidates.sdp",
        "chrome-offer-transceivers-no-candidates.sdp", "firefox-offer-av-data.sdp", "firefox-offer-data-only.sdp",
        "firefox-offer-ice-restart-no-candidates.sdp", "firefox-offer-transceivers-no-candidates.sdp",
    };

    private SdpSamples() {
    }

    public static String read(String name) {
        try (InputStream in = SdpSamples.class.getResourceAsStream("/sdp/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no SDP sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Object[][] provider(String[] names) {
        Object[][] rows = new Object[names.length][];
        for (int i = 0; i < names.length; i++) {
            rows[i] = new Object[] {names[i]};
        }
        return rows;
    }
}
