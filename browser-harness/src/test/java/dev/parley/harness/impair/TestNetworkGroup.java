package dev.parley.harness.impair;

/**
 * The TestNG group of tests that change a network namespace (nft tables, tc qdiscs, a second host):
 * they need root inside Parley's test network (tools/netns/bin/java) and refuse to run elsewhere. A
 * run without the test network excludes them with {@code -DexcludedGroups=test-network}.
 */
final class TestNetworkGroup {
    static final String NAME = "test-network";

    private TestNetworkGroup() {
    }
}
