package dev.parley.peer.api;

/**
 * A WebIDL DOMException: what every rejected promise and thrown error of this API carries. The
 * {@link #name()} is the spec's error name; the message says what was wrong.
 */
public class DOMException extends RuntimeException {
    private static final long serialVersionUID = 1L;


    public static final String INVALID_STATE = "InvalidStateError";
    public static final String INVALID_ACCESS = "InvalidAccessError";
    public static final String INVALID_MODIFICATION = "InvalidModificationError";
    public static final String OPERATION = "OperationError";
    public static final String SYNTAX = "SyntaxError";
    public static final String NOT_SUPPORTED = "NotSupportedError";
    public static final String NOT_FOUND = "NotFoundError";
    public static final String INVALID_CHARACTER = "InvalidCharacterError";

    private final String name;

    public DOMException(String name, String message) {
        super(message);
        this.name = name;
    }

    public DOMException(String name, String message, Throwable cause) {
        super(message, cause);
        this.name = name;
    }

    public static DOMException invalidState(String message) {
        return new DOMException(INVALID_STATE, message);
    }

    public static DOMException invalidAccess(String message) {
        return new DOMException(INVALID_ACCESS, message);
    }

    public static DOMException invalidModification(String message) {
        return new DOMException(INVALID_MODIFICATION, message);
    }

    public static DOMException syntax(String message) {
        return new DOMException(SYNTAX, message);
    }

    public static DOMException notSupported(String message) {
        return new DOMException(NOT_SUPPORTED, message);
    }

    public static DOMException operation(String message) {
        return new DOMException(OPERATION, message);
    }

    /** The error name, e.g. {@code InvalidStateError}, or {@code TypeError} for {@link TypeError}. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name + ": " + getMessage();
    }
}
