package dev.parley.harness.impair;

import java.util.Map;

/**
 * Guards the tools that change a network namespace's firewall or queues: they may only run inside
 * Parley's test network (the wrapper tools/netns/bin/java sets PARLEY_NETNS=1 there), because outside
 * it the namespace is the machine's own and the change would hit its real traffic.
 */
final class TestNetwork {
    static final String NETNS_VARIABLE = "PARLEY_NETNS";

    private TestNetwork() {
    }

    static void require(Map<String, String> environment, String what) {
        if (!"1".equals(environment.get(NETNS_VARIABLE))) {
            throw new IllegalStateException(what + " only runs inside Parley's test network namespace ("
                    + NETNS_VARIABLE + "=1, set by tools/netns/bin/java): outside it, it would change the"
                    + " machine's own network. Run the tests with -Dparley.test.jvm=<project>/tools/netns/bin/java");
        }
    }
}
