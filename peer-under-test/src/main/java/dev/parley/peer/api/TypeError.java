package dev.parley.peer.api;

/**
 * An ECMAScript TypeError, which WebIDL and the spec throw for invalid arguments. It is not a
 * DOMException in JavaScript; it extends {@link DOMException} here only so callers catch one type
 * and read one {@link #name()}.
 */
public class TypeError extends DOMException {
    private static final long serialVersionUID = 1L;


    public TypeError(String message) {
        super("TypeError", message);
    }
}
