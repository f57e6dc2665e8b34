package dev.parley.peer.ice;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Guards tests that open ICE sockets: they must run inside the test network namespace (lo plus
 * veth ct0 = 10.213.0.1/24, see tools/netns/bin/java), where the only addresses ice4j can gather are
 * the namespace's own. Anywhere else (a machine with eth0) they fail before touching the network.
 */
public final class TestNetwork {

    public static final String VETH_PREFIX = "10.213.0.";

    private TestNetwork() {
    }

    public static void requireNamespace() {
        List<String> foreign = new ArrayList<>();
        boolean veth = false;
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address.isLoopbackAddress() || address.isLinkLocalAddress()) {
                        continue;
                    }
                    if (address instanceof Inet4Address && address.getHostAddress().startsWith(VETH_PREFIX)) {
                        veth = true;
                    } else if (address instanceof Inet4Address || address instanceof Inet6Address) {
                        foreign.add(nic.getName() + "=" + address.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            throw new IllegalStateException("cannot list network interfaces", e);
        }
        if (!foreign.isEmpty() || !veth) {
            throw new IllegalStateException("ICE tests must run inside the Parley test network namespace "
                    + "(only lo and " + VETH_PREFIX + "x), never on the machine's own interfaces; found "
                    + (foreign.isEmpty() ? "no " + VETH_PREFIX + "x address" : foreign)
                    + ". Run them with -Dparley.test.jvm=<repo>/tools/netns/bin/java");
        }
    }
}
