package dev.parley.peer.sctp.rx;

/**
 * A received DATA or I-DATA chunk, normalised: {@code messageId} is the SSN (DATA) or MID (I-DATA),
 * {@code fsn} is 0 for DATA. TSN unwrapped.
 */
public record DataFragment(long tsn, int streamId, boolean unordered, int messageId, int fsn, int ppid,
                           byte[] payload, boolean beginning, boolean ending) {
}
