package dev.parley.peer.sdp;

import java.util.List;
import java.util.Optional;

/** Look-ups shared by the session and media levels, which both carry {@code a=} lines. */
public interface AttributeHolder {

    List<SdpAttribute> attributes();

    /** The value of the first attribute with this name ("" for a property attribute). */
    default Optional<String> attribute(String name) {
        for (SdpAttribute a : attributes()) {
            if (a.name().equals(name)) {
                return Optional.of(a.isProperty() ? "" : a.value());
            }
        }
        return Optional.empty();
    }

    /** The values of every attribute with this name, in order ("" for property attributes). */
    default List<String> attributes(String name) {
        return attributes().stream()
                .filter(a -> a.name().equals(name))
                .map(a -> a.isProperty() ? "" : a.value())
                .toList();
    }

    default boolean hasAttribute(String name) {
        return attributes().stream().anyMatch(a -> a.name().equals(name));
    }
}
