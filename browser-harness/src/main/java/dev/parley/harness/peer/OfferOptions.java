package dev.parley.harness.peer;

/** RTCOfferOptions. */
public record OfferOptions(boolean iceRestart) {
    public static final OfferOptions NONE = new OfferOptions(false);
    public static final OfferOptions ICE_RESTART = new OfferOptions(true);
}
