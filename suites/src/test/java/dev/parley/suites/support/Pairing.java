package dev.parley.suites.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An ordered pairing of peer kinds: the offerer and the answerer. */
public record Pairing(String offerer, String answerer) {

    /** As the matrix writes it: "chrome->firefox". */
    public String name() {
        return offerer + "->" + answerer;
    }

    @Override
    public String toString() {
        return name();
    }

    /** Every ordered pairing of the given kinds, same-kind pairings included. */
    public static List<Pairing> all(List<String> kinds) {
        List<Pairing> out = new ArrayList<>();
        for (String a : kinds) {
            for (String b : kinds) {
                out.add(new Pairing(a, b));
            }
        }
        return out;
    }

    /**
     * The pairings of this run for a suite: -Dparley.peers.SUITE if set, else -Dparley.peers (default
     * chrome,firefox), optionally filtered by -Dparley.pairs.
     */
    public static List<Pairing> ofRun(String suite) {
        String peers = System.getProperty("parley.peers." + suite, "").isBlank()
                ? System.getProperty("parley.peers", "chrome,firefox") : System.getProperty("parley.peers." + suite);
        List<String> kinds = Arrays.stream(peers.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        String only = System.getProperty("parley.pairs", "").trim();
        List<Pairing> all = all(kinds);
        if (only.isEmpty()) {
            return all;
        }
        List<String> wanted = Arrays.stream(only.split(",")).map(String::trim).toList();
        return all.stream().filter(p -> wanted.contains(p.name())).toList();
    }
}
