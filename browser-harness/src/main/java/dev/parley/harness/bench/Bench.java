package dev.parley.harness.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parley.harness.browser.BrowserSettings;
import dev.parley.harness.call.Call;
import dev.parley.harness.peer.BulkTransfer;
import dev.parley.harness.peer.DataChannelInit;
import dev.parley.harness.peer.Peer;
import dev.parley.harness.peer.PeerConfiguration;
import dev.parley.harness.peer.PeerEvent;
import dev.parley.harness.peers.PeerPool;
import dev.parley.harness.relay.RelayServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmarks, every pairing side by side in one run, so the figures compare on the same machine
 * at the same moment: offer-to-connected time and data-channel throughput (64 MiB in 64 KiB
 * messages, reliable and ordered). Writes bench.json.
 */
public final class Bench {
    private static final Logger LOG = LoggerFactory.getLogger(Bench.class);
    private static final int CONNECT_RUNS = 5;
    private static final long BULK_BYTES = 64L * 1024 * 1024;
    private static final int BULK_CHUNK = 64 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final PeerPool pool;
    private final RelayServer relay;
    private int rooms;

    Bench(PeerPool pool, RelayServer relay) {
        this.pool = pool;
        this.relay = relay;
    }

    /** args: output file, then pairings like chrome->chrome (default: every pairing of chrome and firefox). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "reports/out/bench.json");
        List<String> pairings = args.length > 1 ? Arrays.asList(args).subList(1, args.length)
                : List.of("chrome->chrome", "firefox->firefox", "chrome->firefox", "firefox->chrome");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("date", Instant.now().toString());
        result.put("cores", Runtime.getRuntime().availableProcessors());
        result.put("method", "connect: wall time from createOffer until both peers report connectionState connected, "
                + "signaling through the relay with trickle, median of " + CONNECT_RUNS + " runs; throughput: "
                + BULK_BYTES / (1024 * 1024) + " MiB in " + BULK_CHUNK / 1024 + " KiB binary messages on one reliable "
                + "ordered channel, from the first send until the receiver counted every byte");
        Map<String, Object> connect = new LinkedHashMap<>();
        Map<String, Object> throughput = new LinkedHashMap<>();
        Map<String, Object> heap = new LinkedHashMap<>();
        try (RelayServer relay = RelayServer.start(); PeerPool pool = new PeerPool(BrowserSettings.fromSystem())) {
            Bench bench = new Bench(pool, relay);
            for (String pairing : pairings) {
                String[] kinds = pairing.split("->");
                try {
                    connect.put(pairing, bench.connectTimes(kinds[0], kinds[1]));
                    throughput.put(pairing, bench.throughput(kinds[0], kinds[1]));
                    if (pairing.equals("java->java")) {
                        heap.put(pairing, bench.channelCycles(kinds[0], kinds[1]));
                    }
                } catch (RuntimeException | AssertionError e) {
                    LOG.warn("{} could not be measured: {}", pairing, e.getMessage());
                    connect.putIfAbsent(pairing, Map.of("error", String.valueOf(e.getMessage())));
                    throughput.put(pairing, Map.of("error", String.valueOf(e.getMessage())));
                }
            }
        }
        result.put("offerToConnected", connect);
        throughput.put("java->java (sans-I/O SCTP, one JVM, simulated link)", SimulatedSctpThroughput.measure(BULK_BYTES, BULK_CHUNK));
        result.put("dataChannelThroughput", throughput);
        result.put("heapAfterChannelCycles", heap);
        Files.createDirectories(out.toAbsolutePath().getParent());
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result);
        Files.writeString(out, json);
        System.out.println(json);
    }

    private Call call(String offerer, String answerer) {
        Peer a = pool.acquire(offerer, 0);
        Peer b = pool.acquire(answerer, offerer.equals(answerer) ? 1 : 0);
        a.open(PeerConfiguration.defaults());
        b.open(PeerConfiguration.defaults());
        return new Call(a, b, relay, "bench-" + (rooms++));
    }

    Map<String, Object> connectTimes(String offerer, String answerer) {
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < CONNECT_RUNS; i++) {
            try (Call call = call(offerer, answerer)) {
                call.offerer().createDataChannel("bench", DataChannelInit.DEFAULT);
                long start = System.nanoTime();
                call.negotiate();
                call.awaitConnectionState("connected", TIMEOUT);
                runs.add((System.nanoTime() - start) / 1e6);
                call.offerer().closeConnection();
                call.answerer().closeConnection();
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runsMs", runs.stream().map(Bench::round).toList());
        out.put("medianMs", round(median(runs)));
        LOG.info("{}->{} offer-to-connected median {} ms", offerer, answerer, out.get("medianMs"));
        return out;
    }

    Map<String, Object> throughput(String offerer, String answerer) {
        try (Call call = call(offerer, answerer)) {
            Peer sender = call.offerer();
            Peer receiver = call.answerer();
            if (!(sender instanceof BulkTransfer bulkSender) || !(receiver instanceof BulkTransfer bulkReceiver)) {
                return Map.of("error", "peer cannot be benchmarked: no bulk transfer");
            }
            String local = sender.createDataChannel("bulk", DataChannelInit.DEFAULT);
            call.negotiate();
            String[] remote = new String[1];
            call.await("the bulk channel open on both sides", TIMEOUT, () -> {
                for (PeerEvent e : receiver.events()) {
                    if (e.type().equals("open") && !e.value().isEmpty() && "bulk".equals(e.detail())) {
                        remote[0] = e.value();
                    }
                }
                return remote[0] != null && "open".equals(sender.dataChannel(local).readyState()) ? null : "not yet open";
            });
            bulkReceiver.countOnly(remote[0]);
            long start = System.nanoTime();
            bulkSender.sendBulk(local, BULK_BYTES, BULK_CHUNK);
            call.await(BULK_BYTES + " bytes received", TIMEOUT, () -> {
                long got = bulkReceiver.counters(remote[0]).bytes();
                return got >= BULK_BYTES ? null : got + " bytes so far";
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            BulkTransfer.ChannelCounters counters = bulkReceiver.counters(remote[0]);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("bytes", counters.bytes());
            out.put("messages", counters.count());
            out.put("seconds", round(seconds));
            out.put("MBps", round(counters.bytes() / 1e6 / seconds));
            LOG.info("{}->{} throughput {} MB/s", offerer, answerer, out.get("MBps"));
            sender.closeConnection();
            receiver.closeConnection();
            return out;
        }
    }

    /**
     * Heap after GC of this JVM (where the java peers live) before and after {@value #CYCLES} data
     * channels were opened and closed, one after the other, on one connection.
     */
    Map<String, Object> channelCycles(String offerer, String answerer) {
        try (Call call = call(offerer, answerer)) {
            Peer a = call.offerer();
            String first = a.createDataChannel("cycle-0", DataChannelInit.DEFAULT);
            call.negotiate();
            call.awaitConnectionState("connected", TIMEOUT);
            cycle(call, a, first);
            long before = heapAfterGc();
            for (int i = 1; i <= CYCLES; i++) {
                cycle(call, a, a.createDataChannel("cycle-" + i, DataChannelInit.DEFAULT));
            }
            long after = heapAfterGc();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("cycles", CYCLES);
            out.put("heapBeforeKiB", before / 1024);
            out.put("heapAfterKiB", after / 1024);
            out.put("growthKiB", (after - before) / 1024);
            LOG.info("{}->{} heap after {} channel cycles: {} KiB -> {} KiB", offerer, answerer, CYCLES, before / 1024, after / 1024);
            a.closeConnection();
            call.answerer().closeConnection();
            return out;
        }
    }

    private static final int CYCLES = 1000;

    private static void cycle(Call call, Peer peer, String handle) {
        call.await(handle + " open", TIMEOUT, () -> "open".equals(peer.dataChannel(handle).readyState()) ? null : "not open");
        peer.closeDataChannel(handle);
        call.await(handle + " closed", TIMEOUT, () -> "closed".equals(peer.dataChannel(handle).readyState()) ? null : "not closed");
    }

    private static long heapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
