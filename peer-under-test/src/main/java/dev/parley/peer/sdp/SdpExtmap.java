package dev.parley.peer.sdp;

import java.util.Optional;

/**
 * {@code a=extmap:<id>[/<direction>] <uri> [<attributes>]} (RFC 8285 section 8).
 *
 * @param direction null when absent
 * @param extensionAttributes null when absent
 */
public record SdpExtmap(int id, String direction, String uri, String extensionAttributes) {

    public static Optional<SdpExtmap> parse(String value) {
        String[] parts = value.trim().split("\\s+", 3);
        if (parts.length < 2) {
            return Optional.empty();
        }
        String[] idDir = parts[0].split("/", 2);
        try {
            int id = Integer.parseInt(idDir[0]);
            if (id < 1 || id > 255) {
                return Optional.empty();
            }
            return Optional.of(new SdpExtmap(id, idDir.length > 1 ? idDir[1] : null, parts[1],
                    parts.length > 2 ? parts[2] : null));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String value() {
        return id + (direction != null ? "/" + direction : "") + " " + uri
                + (extensionAttributes != null ? " " + extensionAttributes : "");
    }
}
