package dev.parley.peer.ice;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One W3C RTCIceServer: STUN or TURN URLs (RFC 7064, RFC 7065) with long-term credentials for TURN.
 * Only UDP transport is supported, as Parley's peer gathers UDP candidates only.
 */
public record IceServerConfig(List<String> urls, Optional<String> username, Optional<String> credential) {

    public IceServerConfig {
        urls = List.copyOf(urls);
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(credential, "credential");
        for (String url : urls) {
            Url parsed = Url.parse(url);
            if (parsed.turn() && (username.isEmpty() || credential.isEmpty())) {
                throw new IllegalArgumentException("TURN server " + url + " needs a username and a credential");
            }
        }
    }

    public static IceServerConfig stun(String url) {
        return new IceServerConfig(List.of(url), Optional.empty(), Optional.empty());
    }

    public static IceServerConfig turn(String url, String username, String credential) {
        return new IceServerConfig(List.of(url), Optional.of(username), Optional.of(credential));
    }

    /**
     * A parsed {@code stun:host[:port]} or {@code turn:host[:port][?transport=udp]} URL.
     *
     * @param url the URL as configured, reported back in icecandidateerror
     */
    public record Url(String url, boolean turn, String host, int port) {

        /** @throws IllegalArgumentException for schemes or transports this peer cannot use (W3C: SyntaxError / NotSupportedError) */
        public static Url parse(String url) {
            String lower = url.toLowerCase(Locale.ROOT);
            boolean turn;
            String rest;
            if (lower.startsWith("stun:")) {
                turn = false;
                rest = url.substring(5);
            } else if (lower.startsWith("turn:")) {
                turn = true;
                rest = url.substring(5);
            } else {
                throw new IllegalArgumentException("unsupported ICE server URL (stuns:/turns: need TLS): " + url);
            }
            int query = rest.indexOf('?');
            if (query >= 0) {
                String parameters = rest.substring(query + 1).toLowerCase(Locale.ROOT);
                if (!turn || !parameters.equals("transport=udp")) {
                    throw new IllegalArgumentException("unsupported ICE server URL parameters: " + url);
                }
                rest = rest.substring(0, query);
            }
            String host = rest;
            int port = 3478;
            if (rest.startsWith("[")) {
                int close = rest.indexOf(']');
                if (close < 0) {
                    throw new IllegalArgumentException("bad IPv6 literal in ICE server URL: " + url);
                }
                host = rest.substring(1, close);
                if (close + 1 < rest.length()) {
                    port = parsePort(rest.substring(close + 1), url);
                }
            } else if (rest.indexOf(':') >= 0) {
                host = rest.substring(0, rest.indexOf(':'));
                port = parsePort(rest.substring(rest.indexOf(':')), url);
            }
            if (host.isEmpty()) {
                throw new IllegalArgumentException("ICE server URL without a host: " + url);
            }
            return new Url(url, turn, host, port);
        }

        private static int parsePort(String colonPort, String url) {
            try {
                int port = Integer.parseInt(colonPort.substring(1));
                if (port < 1 || port > 65535) {
                    throw new IllegalArgumentException("ICE server port out of range: " + url);
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad port in ICE server URL: " + url, e);
            }
        }
    }
}
