package dev.parley.harness.impair;

/** Packet counts of a {@link UdpForwarder}, per direction: towards side A and towards side B. */
public record ForwarderStats(Direction towardsA, Direction towardsB) {

    /**
     * @param received   packets the forwarder took in for this direction
     * @param lost       dropped by the random loss
     * @param overflowed dropped because the rate-limit queue or the in-flight bound was full
     * @param sent       handed to the far end's socket
     */
    public record Direction(long received, long lost, long overflowed, long sent) {

        /** The share of received packets the random loss dropped, in percent. */
        public double lossPercent() {
            return received == 0 ? 0 : 100.0 * lost / received;
        }
    }
}
