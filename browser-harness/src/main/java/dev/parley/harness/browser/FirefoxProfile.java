package dev.parley.harness.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A fresh Firefox profile with the prefs WebRTC needs here (each found necessary by removing it). */
final class FirefoxProfile {
    private FirefoxProfile() {
    }

    static Map<String, Object> prefs(Map<String, Object> extra) {
        Map<String, Object> prefs = new LinkedHashMap<>();
        prefs.put("media.navigator.streams.fake", true);
        prefs.put("media.peerconnection.ice.loopback", true);
        // Without the two permissions Firefox gathers only its default-route address.
        prefs.put("permissions.default.camera", 1);
        prefs.put("permissions.default.microphone", 1);
        prefs.put("media.navigator.permission.disabled", true);
        prefs.put("media.peerconnection.ice.obfuscate_host_addresses", false);
        prefs.put("media.autoplay.default", 0);
        prefs.put("app.update.enabled", false);
        prefs.put("app.update.auto", false);
        prefs.put("toolkit.telemetry.enabled", false);
        prefs.put("datareporting.policy.dataSubmissionEnabled", false);
        prefs.put("datareporting.healthreport.uploadEnabled", false);
        prefs.put("browser.shell.checkDefaultBrowser", false);
        prefs.put("browser.startup.homepage_override.mstone", "ignore");
        prefs.put("network.captive-portal-service.enabled", false);
        prefs.put("network.connectivity-service.enabled", false);
        prefs.put("browser.safebrowsing.update.enabled", false);
        prefs.put("extensions.update.enabled", false);
        prefs.put("browser.region.network.url", "");
        prefs.put("remote.prefs.recommended", true);
        prefs.putAll(extra);
        return prefs;
    }

    static Path create(Path workDir, Map<String, Object> extra) throws IOException {
        Path dir = Files.createTempDirectory(workDir, "firefox-profile-");
        String userJs = prefs(extra).entrySet().stream()
                .map(e -> "user_pref(\"" + e.getKey() + "\", " + literal(e.getValue()) + ");")
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(dir.resolve("user.js"), userJs);
        return dir;
    }

    private static String literal(Object value) {
        return value instanceof String s ? "\"" + s.replace("\"", "\\\"") + "\"" : String.valueOf(value);
    }
}
