package dev.parley.peer.jsep;

import dev.parley.peer.api.DOMException;
import dev.parley.peer.api.RTCSdpType;
import dev.parley.peer.api.RTCSignalingState;
import java.util.Optional;

/**
 * The signaling state machine of W3C webrtc-pc section 4.3.1 (figure "non-normative signaling state
 * transitions diagram") and RFC 8829 section 3.2, as a pure function. Each transition is named in
 * the notation {@code <state> -> setLocal|setRemote(<type>) -> <state>}:
 * <pre>
 * stable               -> setLocal(offer)     -> have-local-offer
 * stable               -> setRemote(offer)    -> have-remote-offer
 * have-local-offer     -> setLocal(offer)     -> have-local-offer
 * have-local-offer     -> setRemote(answer)   -> stable
 * have-local-offer     -> setRemote(pranswer) -> have-remote-pranswer
 * have-local-offer     -> setLocal(rollback)  -> stable
 * have-remote-pranswer -> setRemote(pranswer) -> have-remote-pranswer
 * have-remote-pranswer -> setRemote(answer)   -> stable
 * have-remote-offer    -> setRemote(offer)    -> have-remote-offer
 * have-remote-offer    -> setLocal(answer)    -> stable
 * have-remote-offer    -> setLocal(pranswer)  -> have-local-pranswer
 * have-remote-offer    -> setRemote(rollback) -> stable
 * have-local-pranswer  -> setLocal(pranswer)  -> have-local-pranswer
 * have-local-pranswer  -> setLocal(answer)    -> stable
 * </pre>
 * {@code have-local-offer -> setRemote(offer)} is an implicit rollback to stable followed by
 * {@code stable -> setRemote(offer) -> have-remote-offer} (section 4.4.1.5, "perfect negotiation").
 * Anything else is an InvalidStateError; every state is final once closed.
 */
public final class SignalingStateMachine {

    private SignalingStateMachine() {
    }

    /** The state after applying a description of {@code type} on {@code side}, or InvalidStateError. */
    public static RTCSignalingState next(RTCSignalingState state, DescriptionSide side, RTCSdpType type) {
        return transition(state, side, type).orElseThrow(() -> DOMException.invalidState(
                "cannot " + side.notation() + "(" + type.spec() + ") in signaling state " + state.spec()));
    }

    /** True if the transition exists (including the implicit-rollback one). */
    public static boolean isAllowed(RTCSignalingState state, DescriptionSide side, RTCSdpType type) {
        return transition(state, side, type).isPresent();
    }

    /** True for {@code have-local-offer -> setRemote(offer)}, which first rolls the local offer back. */
    public static boolean needsImplicitRollback(RTCSignalingState state, DescriptionSide side, RTCSdpType type) {
        return state == RTCSignalingState.HAVE_LOCAL_OFFER && side == DescriptionSide.REMOTE
                && type == RTCSdpType.OFFER;
    }

    private static Optional<RTCSignalingState> transition(RTCSignalingState state, DescriptionSide side,
                                                          RTCSdpType type) {
        boolean local = side == DescriptionSide.LOCAL;
        RTCSignalingState next = switch (state) {
            case STABLE -> type == RTCSdpType.OFFER
                    ? (local ? RTCSignalingState.HAVE_LOCAL_OFFER : RTCSignalingState.HAVE_REMOTE_OFFER) : null;
            case HAVE_LOCAL_OFFER -> switch (type) {
                case OFFER -> local ? RTCSignalingState.HAVE_LOCAL_OFFER : RTCSignalingState.HAVE_REMOTE_OFFER;
                case ANSWER -> local ? null : RTCSignalingState.STABLE;
                case PRANSWER -> local ? null : RTCSignalingState.HAVE_REMOTE_PRANSWER;
                case ROLLBACK -> local ? RTCSignalingState.STABLE : null;
            };
            case HAVE_REMOTE_PRANSWER -> local ? null : switch (type) {
                case PRANSWER -> RTCSignalingState.HAVE_REMOTE_PRANSWER;
                case ANSWER -> RTCSignalingState.STABLE;
                default -> null;
            };
            case HAVE_REMOTE_OFFER -> switch (type) {
                case OFFER -> local ? null : RTCSignalingState.HAVE_REMOTE_OFFER;
                case ANSWER -> local ? RTCSignalingState.STABLE : null;
                case PRANSWER -> local ? RTCSignalingState.HAVE_LOCAL_PRANSWER : null;
                case ROLLBACK -> local ? null : RTCSignalingState.STABLE;
            };
            case HAVE_LOCAL_PRANSWER -> !local ? null : switch (type) {
                case PRANSWER -> RTCSignalingState.HAVE_LOCAL_PRANSWER;
                case ANSWER -> RTCSignalingState.STABLE;
                default -> null;
            };
            case CLOSED -> null;
        };
        return Optional.ofNullable(next);
    }
}
