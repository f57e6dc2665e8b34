package dev.parley.peer.ice;

/** W3C RTCIceCandidatePair: the local and remote candidate the transport sends on. */
public record RTCIceCandidatePairInfo(IceCandidateInfo local, IceCandidateInfo remote) {
}
