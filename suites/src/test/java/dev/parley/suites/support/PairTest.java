package dev.parley.suites.support;

import dev.parley.harness.browser.BrowserPeer;
import dev.parley.harness.call.Call;
import dev.parley.harness.impair.ImpairedPath;
import dev.parley.harness.peer.Peer;
import dev.parley.harness.peer.PeerConfiguration;
import dev.parley.harness.peers.PeerPool;
import io.qameta.allure.Allure;
import java.util.Optional;
import java.util.UUID;
import org.testng.ITestContext;
import org.testng.annotations.DataProvider;

/**
 * Base of every conformance test: runs the test body on one pairing of peers, with signaling through
 * the relay, and leaves the evidence in the report whatever the outcome.
 */
public abstract class PairTest {

    /** One row per ordered pairing of the run's peers (-Dparley.peers, or -Dparley.peers.SUITE for one suite). */
    @DataProvider(name = "pairs")
    public static Object[][] pairs(ITestContext context) {
        String suite = context.getSuite().getName();
        return Pairing.ofRun(suite).stream().map(p -> new Object[] {p}).toArray(Object[][]::new);
    }

    @FunctionalInterface
    protected interface CallBody {
        void run(Call call) throws Exception;
    }

    /** Runs the body on a fresh call between the pairing's peers, both opened with the given configuration. */
    protected void inCall(Pairing pairing, String feature, PeerConfiguration configuration, CallBody body) throws Exception {
        Allure.parameter("pair", pairing.name());
        Allure.label("feature", feature);
        ConformanceRun run = ConformanceRun.get();
        PeerPool pool = run.pool();
        Peer offerer = Allure.step("start " + pairing.offerer() + " (offerer)", () -> pool.acquire(pairing.offerer(), 0));
        Peer answerer = Allure.step("start " + pairing.answerer() + " (answerer)",
                () -> pool.acquire(pairing.answerer(), pairing.offerer().equals(pairing.answerer()) ? 1 : 0));
        noteVersions(run, offerer);
        noteVersions(run, answerer);
        String room = pairing.name() + "-" + UUID.randomUUID();
        boolean failed = true;
        // ./parley run --impair puts every call of the run on an impaired path (a UDP forwarder).
        Optional<ImpairedPath> path = ImpairedPath.fromSystem();
        try (Call call = new Call(offerer, answerer, run.relay(), room)) {
            call.steps(new AllureSteps());
            path.ifPresent(p -> {
                call.transform(p);
                Allure.parameter("impairment", p.impairment().toString());
            });
            offerer.open(configuration);
            answerer.open(configuration);
            try {
                body.run(call);
                failed = false;
            } finally {
                Evidence.attach(call, run.relay().recorded(room), failed);
                run.relay().clearRecorded(room);
                closeQuietly(offerer);
                closeQuietly(answerer);
            }
        } finally {
            path.ifPresent(ImpairedPath::close);
        }
    }

    protected void inCall(Pairing pairing, String feature, CallBody body) throws Exception {
        inCall(pairing, feature, PeerConfiguration.defaults(), body);
    }

    private static void noteVersions(ConformanceRun run, Peer peer) {
        if (peer instanceof BrowserPeer browser) {
            run.noteVersions(browser.session().versions());
        }
    }

    private static void closeQuietly(Peer peer) {
        try {
            peer.closeConnection();
        } catch (RuntimeException e) {
            ConformanceRun.get().pool().discard(peer);
        }
    }
}
