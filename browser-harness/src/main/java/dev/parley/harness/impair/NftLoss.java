package dev.parley.harness.impair;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Random UDP loss on the real paths of a network namespace, with nftables (this kernel has no netem):
 * an nft table {@value #TABLE} whose input-hook chain drops that share of incoming UDP, loopback
 * included. The input hook, not the output one, because on output every drop makes the sender's
 * sendto() fail with EPERM, which no real network does. Removed again on close.
 *
 * <p>Needs nft (Debian package nftables) and CAP_NET_ADMIN in the namespace (root), and refuses to run
 * outside Parley's test network. Use it when loss alone is wanted without the forwarder; for delay,
 * reorder and browser-level rate limits use {@link ImpairedPath}.
 */
public final class NftLoss implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NftLoss.class);
    public static final String TABLE = "parley_imp";
    static final String NFT = "/usr/sbin/nft";
    /** numgen draws in [0, 10000): loss resolves to a hundredth of a percent. */
    private static final int RESOLUTION = 10_000;

    private final List<String> prefix;
    private final String nft;
    private final double percent;
    private boolean removed;

    private NftLoss(List<String> prefix, String nft, double percent) {
        this.prefix = prefix;
        this.nft = nft;
        this.percent = percent;
    }

    /** Drops {@code percent} of the UDP packets arriving in this JVM's network namespace. */
    public static NftLoss apply(double percent) {
        return apply(percent, List.of(), NFT, System.getenv());
    }

    /** Drops {@code percent} of the UDP packets arriving at the second host. */
    public static NftLoss apply(double percent, SecondHost host) {
        return apply(percent, host.command(), NFT, System.getenv());
    }

    /**
     * @param prefix a command that enters the target namespace (e.g. nsenter), empty for this one
     * @param nft    the nft binary
     */
    static NftLoss apply(double percent, List<String> prefix, String nft, Map<String, String> environment) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("loss must be over 0% and at most 100%, not " + percent + "%");
        }
        TestNetwork.require(environment, "NftLoss");
        if (!Files.isExecutable(Path.of(nft))) {
            throw new IllegalStateException("nft not found at " + nft
                    + ": install the nftables package (apt-get install nftables)");
        }
        NftLoss loss = new NftLoss(List.copyOf(prefix), nft, percent);
        loss.nft(script(percent), "add");
        LOG.info("nft: dropping {}% of incoming UDP{}", percent, prefix.isEmpty() ? "" : " in " + prefix);
        return loss;
    }

    /** Replaces any table left by an earlier run, in one atomic nft transaction. */
    private static String script(double percent) {
        long threshold = Math.round(percent * RESOLUTION / 100);
        return String.join("\n",
                "table inet " + TABLE,
                "delete table inet " + TABLE,
                "table inet " + TABLE + " {",
                "  chain input {",
                "    type filter hook input priority 0; policy accept;",
                "    meta l4proto udp numgen random mod " + RESOLUTION + " < " + threshold + " drop",
                "  }",
                "}",
                "");
    }

    public double percent() {
        return percent;
    }

    /**
     * Deletes the table; the namespace drops nothing any more. Another NftLoss applied since replaced
     * the same table, so this removes its loss too; a table already gone is fine (the first line makes
     * sure it exists, so the delete cannot fail).
     */
    @Override
    public void close() {
        if (removed) {
            return;
        }
        removed = true;
        nft("table inet " + TABLE + "\ndelete table inet " + TABLE + "\n", "delete");
        LOG.info("nft: loss table removed");
    }

    private void nft(String script, String action) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(nft, "-f", "-"));
        Shell.Result result = Shell.run(command, script);
        if (result.ok()) {
            return;
        }
        String output = result.output();
        if (output.toLowerCase(Locale.ROOT).contains("operation not permitted")) {
            throw new IllegalStateException("nft is not permitted to " + action + " table " + TABLE
                    + ": it needs CAP_NET_ADMIN in the namespace (run as root inside the test network): " + output);
        }
        throw new IllegalStateException("nft could not " + action + " table " + TABLE + " (exit "
                + result.exitCode() + "): " + output);
    }
}
