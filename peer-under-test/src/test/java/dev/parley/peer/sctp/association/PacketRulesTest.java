package dev.parley.peer.sctp.association;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.sctp.RecordingEndpoint;
import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sctp.SctpSamples;
import dev.parley.peer.sctp.SimulatedNetwork;
import dev.parley.peer.sctp.packet.AbortChunk;
import dev.parley.peer.sctp.packet.AddOutgoingStreamsRequestParameter;
import dev.parley.peer.sctp.packet.Chunk;
import dev.parley.peer.sctp.packet.CookieAckChunk;
import dev.parley.peer.sctp.packet.CookieEchoChunk;
import dev.parley.peer.sctp.packet.DataChunk;
import dev.parley.peer.sctp.packet.ErrorChunk;
import dev.parley.peer.sctp.packet.ForwardTsnSupportedParameter;
import dev.parley.peer.sctp.packet.InitAckChunk;
import dev.parley.peer.sctp.packet.IncomingSsnResetRequestParameter;
import dev.parley.peer.sctp.packet.InitChunk;
import dev.parley.peer.sctp.packet.InvalidStreamIdentifierCause;
import dev.parley.peer.sctp.packet.NoUserDataCause;
import dev.parley.peer.sctp.packet.OutgoingSsnResetRequestParameter;
import dev.parley.peer.sctp.packet.Parameter;
import dev.parley.peer.sctp.packet.Parameters;
import dev.parley.peer.sctp.packet.ReConfigChunk;
import dev.parley.peer.sctp.packet.ReconfigurationResponseParameter;
import dev.parley.peer.sctp.packet.SackChunk;
import dev.parley.peer.sctp.packet.SctpPacket;
import dev.parley.peer.sctp.packet.StaleCookieCause;
import dev.parley.peer.sctp.packet.StateCookieParameter;
import dev.parley.peer.sctp.packet.SupportedExtensionsParameter;
import dev.parley.peer.sctp.packet.UnknownChunk;
import dev.parley.peer.sctp.packet.UnknownParameter;
import dev.parley.peer.sctp.packet.UnrecognizedChunkTypeCause;
import dev.parley.peer.sctp.packet.UnrecognizedParameterParameter;
import dev.parley.peer.sctp.packet.UnrecognizedParametersCause;
import dev.parley.peer.sctp.packet.ZeroChecksumAcceptableParameter;
import java.util.Arrays;
import java.util.List;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** Packet-level rules of RFC 9260 exercised with hand-made packets. */
public class PacketRulesTest {

    private static DataChunk data(int tsn, int sid, int ssn, byte[] payload) {
        return new DataChunk(tsn, sid, ssn, 51, payload, false, false, true, true);
    }

    private static long count(List<Chunk> chunks, Class<? extends Chunk> kind) {
        return chunks.stream().filter(kind::isInstance).count();
    }

    @DataProvider
    public Object[][] unknownChunkTypes() {
        // section 3.2: upper bits 00 stop, 01 stop and report, 10 skip, 11 skip and report
        return new Object[][] {{0x3f, false, false}, {0x7f, false, true}, {0xbf, true, false}, {0xff, true, true}};
    }

    @Test(dataProvider = "unknownChunkTypes")
    public void unknownChunksAreHandledByTheUpperTwoBitsOfTheirType(int type, boolean processesRest, boolean reports)
            throws Exception {
        ManualPeer p = ManualPeer.established(10);
        p.send(p.associationTag, new UnknownChunk(type, 0, new byte[] {9}), data(100, 1, 0, new byte[] {1}));
        p.advance(1000);
        List<Chunk> out = p.receiveChunks();
        List<SctpEvent> events = p.events();
        assertEquals(events.stream().anyMatch(SctpEvent.MessageReceived.class::isInstance), processesRest);
        List<ErrorChunk> errors = out.stream().filter(ErrorChunk.class::isInstance).map(ErrorChunk.class::cast).toList();
        assertEquals(errors.size(), reports ? 1 : 0, out.toString());
        if (reports) {
            UnrecognizedChunkTypeCause cause = (UnrecognizedChunkTypeCause) errors.get(0).causes().get(0);
            assertEquals(cause.unrecognizedChunk()[0] & 0xff, type);
        }
    }

    @Test
    public void unrecognizedInitParametersAreReportedInTheInitAckWhenTheirTypeAsks() throws Exception {
        ManualPeer p = new ManualPeer(SctpOptions.defaults());
        UnknownParameter report = new UnknownParameter(0xc123, new byte[] {7});
        UnknownParameter silent = new UnknownParameter(0x8124, new byte[] {8});
        p.send(0, new InitChunk(0x77, 1 << 20, 10, 10, 5, List.of(report, silent, new ForwardTsnSupportedParameter())));
        InitAckChunk ack = (InitAckChunk) p.receive().get(0).chunks().get(0);
        List<UnrecognizedParameterParameter> reported = ack.parameters().stream()
                .filter(UnrecognizedParameterParameter.class::isInstance).map(UnrecognizedParameterParameter.class::cast)
                .toList();
        assertEquals(reported.size(), 1);
        assertTrue(Arrays.equals(reported.get(0).unrecognized(), Parameters.serialize(report)));
    }

    @Test
    public void aRealChromiumInitGetsAnInitAckWithEveryParameterTheBrowsersUse() throws Exception {
        SctpSamples.ChunkSample chromeInit = SctpSamples.chunkSamples().stream()
                .filter(s -> s.sender().equals("chrome") && s.kind().equals("INIT")).findFirst().orElseThrow();
        InitChunk init = (InitChunk) SctpPacket.parse(chromeInit.packet()).chunks().get(0);
        ManualPeer p = new ManualPeer(SctpOptions.defaults());
        p.association.handlePacket(chromeInit.packet(), 0);
        SctpPacket reply = p.receive().get(0);
        assertEquals(reply.verificationTag(), init.initiateTag());
        InitAckChunk ack = (InitAckChunk) reply.chunks().get(0);
        assertEquals(ack.aRwnd(), SctpOptions.defaults().maxReceiverWindowBytes);
        assertEquals(ack.outboundStreams(), 65535);
        assertEquals(ack.inboundStreams(), 65535);
        List<Parameter> params = ack.parameters();
        assertTrue(params.get(0) instanceof StateCookieParameter, "cookie first, as dcSCTP");
        assertTrue(params.get(1) instanceof ForwardTsnSupportedParameter);
        assertEquals(((SupportedExtensionsParameter) params.get(2)).chunkTypes(), new int[] {0x82, 0xc0, 0x40, 0xc2});
        assertEquals(((ZeroChecksumAcceptableParameter) params.get(3)).errorDetectionMethod(), 1);
        assertEquals(p.association.state(), AssociationState.CLOSED, "no state is kept before COOKIE ECHO");
    }

    private static byte[] cookieFor(ManualPeer p) throws Exception {
        p.send(0, new InitChunk(0x77, 1 << 20, 10, 10, 5, List.of()));
        InitAckChunk ack = (InitAckChunk) p.receive().get(0).chunks().get(0);
        p.associationTag = ack.initiateTag();
        return Parameters.find(ack.parameters(), StateCookieParameter.class).cookie();
    }

    @Test
    public void anExpiredCookieIsAnsweredWithStaleCookieAndAFreshOneEstablishes() throws Exception {
        ManualPeer p = new ManualPeer(SctpOptions.defaults());
        byte[] cookie = cookieFor(p);
        p.now = 61_000;
        p.send(p.associationTag, new CookieEchoChunk(cookie));
        SctpPacket reply = p.receive().get(0);
        assertEquals(reply.verificationTag(), 0x77);
        assertTrue(((ErrorChunk) reply.chunks().get(0)).causes().get(0) instanceof StaleCookieCause);
        assertEquals(p.association.state(), AssociationState.CLOSED);
        byte[] fresh = cookieFor(p);
        p.now += 1_000;
        p.send(p.associationTag, new CookieEchoChunk(fresh));
        assertTrue(p.receive().get(0).chunks().get(0) instanceof CookieAckChunk);
        assertEquals(p.association.state(), AssociationState.ESTABLISHED);
        assertTrue(p.events().get(0) instanceof SctpEvent.Connected);
    }

    @Test
    public void aTamperedCookieIsSilentlyDiscarded() throws Exception {
        ManualPeer p = new ManualPeer(SctpOptions.defaults());
        byte[] cookie = cookieFor(p);
        cookie[10] ^= 1;
        p.send(p.associationTag, new CookieEchoChunk(cookie));
        assertEquals(p.receive(), List.of());
        assertEquals(p.association.state(), AssociationState.CLOSED);
    }

    @Test
    public void anOutOfTheBluePacketIsAnsweredWithAbortReflectingItsTag() throws Exception {
        ManualPeer p = new ManualPeer(SctpOptions.defaults());
        p.send(0x55, data(1, 1, 0, new byte[] {1}));
        SctpPacket reply = p.receive().get(0);
        assertEquals(reply.verificationTag(), 0x55);
        assertTrue(((AbortChunk) reply.chunks().get(0)).tagReflected());
        p.send(0x55, new AbortChunk(false, List.of()));
        assertEquals(p.receive(), List.of(), "an out-of-the-blue ABORT is not answered");
    }

    @Test
    public void aWrongVerificationTagIsSilentlyDiscarded() throws Exception {
        ManualPeer p = ManualPeer.established(10);
        p.send(p.associationTag + 1, data(100, 1, 0, new byte[] {1}));
        p.advance(1000);
        List<Chunk> out = p.receiveChunks();
        assertEquals(out, List.of(), out.toString());
        assertEquals(p.events(), List.of());
    }

    @Test
    public void dataOnAStreamThePeerDidNotOpenIsAcknowledgedAndReported() throws Exception {
        ManualPeer p = ManualPeer.established(2);
        p.send(p.associationTag, data(100, 5, 0, new byte[] {1}));
        List<Chunk> out = p.receiveChunks();
        ErrorChunk error = (ErrorChunk) out.stream().filter(ErrorChunk.class::isInstance).findFirst().orElseThrow();
        assertEquals(error.causes().get(0), new InvalidStreamIdentifierCause(5));
        SackChunk sack = (SackChunk) out.stream().filter(SackChunk.class::isInstance).findFirst().orElseThrow();
        assertEquals(sack.cumulativeTsnAck(), 100);
        assertFalse(p.events().stream().anyMatch(SctpEvent.MessageReceived.class::isInstance));
    }

    @Test
    public void dataWithoutUserDataAbortsWithNoUserData() throws Exception {
        ManualPeer p = ManualPeer.established(10);
        p.send(p.associationTag, data(100, 1, 0, new byte[0]));
        AbortChunk abort = (AbortChunk) p.receiveChunks().get(0);
        assertEquals(abort.causes().get(0), new NoUserDataCause(100));
        assertEquals(p.association.state(), AssociationState.CLOSED);
    }

    @Test
    public void aLoneDataPacketIsAcknowledgedAfterTheDelayAndAGapAtOnce() throws Exception {
        ManualPeer p = ManualPeer.established(10);
        p.send(p.associationTag, data(100, 1, 0, new byte[] {1}));
        assertEquals(count(p.receiveChunks(), SackChunk.class), 0);
        assertEquals(p.association.nextDeadline(), p.now + 200);
        p.advance(200);
        assertEquals(count(p.receiveChunks(), SackChunk.class), 1);
        p.send(p.associationTag, data(102, 1, 2, new byte[] {3}));
        SackChunk sack = (SackChunk) p.receiveChunks().get(0);
        assertEquals(sack.gapAckBlocks(), List.of(new SackChunk.GapAckBlock(2, 2)));
    }

    @Test
    public void aPeerThatRestartsGetsANewAssociationReportedAsRestarted() {
        RecordingEndpoint a = new RecordingEndpoint(SctpOptions.defaults(), 1, "a");
        RecordingEndpoint b = new RecordingEndpoint(SctpOptions.defaults(), 2, "b");
        SimulatedNetwork net = new SimulatedNetwork(a, b, SimulatedNetwork.Conditions.PERFECT, 3);
        a.association().connect(0);
        b.association().connect(0);
        assertTrue(net.runUntil(() -> a.has(SctpEvent.Connected.class) && b.has(SctpEvent.Connected.class), 5_000));
        // b's process restarts: a fresh association on the same transport (RFC 9260 5.2.4 case A)
        RecordingEndpoint b2 = new RecordingEndpoint(SctpOptions.defaults(), 4, "b2");
        SimulatedNetwork net2 = new SimulatedNetwork(a, b2, SimulatedNetwork.Conditions.PERFECT, 5);
        b2.association().connect(net.now());
        assertTrue(net2.runUntil(() -> b2.has(SctpEvent.Connected.class) && a.has(SctpEvent.Restarted.class), 5_000),
                a.events + " " + b2.events);
        b2.association().send(1, 51, new byte[] {1}, SendOptions.RELIABLE_ORDERED, net2.now());
        assertTrue(net2.runUntil(() -> a.messages.size() == 1, 5_000));
    }

    @Test
    public void dataThatOvertakesTheCookieAckActsAsItAndIsDeliveredRightAfterConnected() throws Exception {
        ManualPeer p = new ManualPeer(SctpOptions.builder().enableMessageInterleaving(false).build());
        p.association.connect(0);
        int tag = ((InitChunk) p.receive().get(0).chunks().get(0)).initiateTag();
        p.send(tag, new InitAckChunk(ManualPeer.PEER_TAG, 1 << 20, 10, 10, ManualPeer.PEER_INITIAL_TSN,
                List.of(new StateCookieParameter(new byte[] {1}))));
        p.receive();
        assertEquals(p.association.state(), AssociationState.COOKIE_ECHOED);
        // as in capture s1: the peer has our cookie and sends its DCEP OPEN; its COOKIE ACK is late
        p.send(tag, data(ManualPeer.PEER_INITIAL_TSN, 1, 0, new byte[] {3}));
        assertEquals(p.association.state(), AssociationState.ESTABLISHED);
        List<SctpEvent> events = p.events();
        assertEquals(events.size(), 2);
        assertTrue(events.get(0) instanceof SctpEvent.Connected);
        assertTrue(events.get(1) instanceof SctpEvent.MessageReceived);
        p.advance(200);
        SackChunk sack = (SackChunk) p.receiveChunks().get(0);
        assertEquals(sack.cumulativeTsnAck(), ManualPeer.PEER_INITIAL_TSN);
        p.send(tag, new CookieAckChunk());
        assertEquals(p.events(), List.of(), "the late COOKIE ACK changes nothing");
        p.advance(10_000);
        assertEquals(count(p.receiveChunks(), CookieEchoChunk.class), 0, "T1-cookie was stopped");
    }

    @Test
    public void anIncomingSsnResetRequestIsAnsweredByResettingOurOutgoingStream() throws Exception {
        ManualPeer p = ManualPeer.established(10);
        p.send(p.associationTag, new ReConfigChunk(List.of(
                new IncomingSsnResetRequestParameter(ManualPeer.PEER_INITIAL_TSN, new int[] {3}))));
        ReConfigChunk ours = (ReConfigChunk) p.receiveChunks().get(0);
        OutgoingSsnResetRequestParameter req = (OutgoingSsnResetRequestParameter) ours.parameters().get(0);
        assertEquals(req.streamIds(), new int[] {3});
        assertEquals(req.responseSequenceNumber(), ManualPeer.PEER_INITIAL_TSN, "names the request it answers");
        p.send(p.associationTag, new ReConfigChunk(List.of(ReconfigurationResponseParameter.of(
                req.requestSequenceNumber(), ReconfigurationResponseParameter.SUCCESS_PERFORMED))));
        SctpEvent.OutgoingStreamsReset reset = (SctpEvent.OutgoingStreamsReset) p.events().get(0);
        assertEquals(reset.streamIds(), new int[] {3});
    }

    @Test
    public void otherReconfigurationRequestsAreDeniedAndBadSequenceNumbersReported() throws Exception {
        ManualPeer p = ManualPeer.established(10);
        p.send(p.associationTag, new ReConfigChunk(List.of(new AddOutgoingStreamsRequestParameter(
                ManualPeer.PEER_INITIAL_TSN, 5))));
        ReconfigurationResponseParameter denied = (ReconfigurationResponseParameter)
                ((ReConfigChunk) p.receiveChunks().get(0)).parameters().get(0);
        assertEquals(denied.result(), ReconfigurationResponseParameter.DENIED);
        p.send(p.associationTag, new ReConfigChunk(List.of(new OutgoingSsnResetRequestParameter(
                ManualPeer.PEER_INITIAL_TSN + 7, 0, ManualPeer.PEER_INITIAL_TSN - 1, new int[] {1}))));
        ReconfigurationResponseParameter bad = (ReconfigurationResponseParameter)
                ((ReConfigChunk) p.receiveChunks().get(0)).parameters().get(0);
        assertEquals(bad.result(), ReconfigurationResponseParameter.ERROR_BAD_SEQUENCE_NUMBER);
    }

    @Test
    public void unrecognizedInitAckParametersAreReportedInAnErrorBundledWithTheCookieEcho() throws Exception {
        ManualPeer p = new ManualPeer(SctpOptions.defaults());
        p.association.connect(0);
        int tag = ((InitChunk) p.receive().get(0).chunks().get(0)).initiateTag();
        UnknownParameter reported = new UnknownParameter(0xc0aa, new byte[] {1, 2});
        p.send(tag, new InitAckChunk(ManualPeer.PEER_TAG, 1 << 20, 10, 10, ManualPeer.PEER_INITIAL_TSN,
                List.of(new StateCookieParameter(new byte[] {1}), reported, new UnknownParameter(0x80bb, new byte[0]))));
        List<Chunk> reply = p.receive().get(0).chunks();
        assertTrue(reply.get(0) instanceof CookieEchoChunk, "COOKIE ECHO first");
        ErrorChunk error = (ErrorChunk) reply.get(1);
        assertEquals(error.causes().size(), 1, "only the parameter whose type asks for a report");
        assertTrue(Arrays.equals(((UnrecognizedParametersCause) error.causes().get(0))
                .unrecognizedParameters(), Parameters.serialize(reported)));
    }
}
