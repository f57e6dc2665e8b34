package dev.parley.peer.api;

import java.util.List;

/**
 * W3C webrtc-pc section 4.2.2 RTCIceServer. The spec's {@code urls} may be one string or a list;
 * here it is always a list. Null username or credential means the member is absent.
 */
public record RTCIceServer(List<String> urls, String username, String credential) {

    public RTCIceServer {
        urls = urls == null ? null : List.copyOf(urls);
    }

    public static RTCIceServer of(String... urls) {
        return new RTCIceServer(List.of(urls), null, null);
    }

    public static RTCIceServer withCredentials(String url, String username, String credential) {
        return new RTCIceServer(List.of(url), username, credential);
    }
}
