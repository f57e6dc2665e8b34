package dev.parley.peer.sctp.association;

import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sctp.packet.ForwardTsnChunk;
import dev.parley.peer.sctp.packet.ForwardTsnSupportedParameter;
import dev.parley.peer.sctp.packet.IDataChunk;
import dev.parley.peer.sctp.packet.IForwardTsnChunk;
import dev.parley.peer.sctp.packet.Parameter;
import dev.parley.peer.sctp.packet.Parameters;
import dev.parley.peer.sctp.packet.ReConfigChunk;
import dev.parley.peer.sctp.packet.SupportedExtensionsParameter;
import dev.parley.peer.sctp.packet.ZeroChecksumAcceptableParameter;
import java.util.ArrayList;
import java.util.List;

/**
 * What both ends agreed on in INIT / INIT ACK: partial reliability (RFC 3758 section 3.3), message
 * interleaving (RFC 8260 section 2.2, both I-DATA and I-FORWARD-TSN listed), stream reconfiguration
 * (RFC 6525 section 3.1), zero checksum (RFC 9653 section 5.2), and stream counts (RFC 9260 5.1.1).
 */
public record Capabilities(boolean partialReliability, boolean messageInterleaving, boolean reconfiguration,
                           boolean zeroChecksum, int outboundStreams, int inboundStreams, long peerReceiverWindow) {

    /** What the peer offered, from its INIT or INIT ACK parameters. */
    record Offer(boolean partialReliability, boolean messageInterleaving, boolean reconfiguration,
                 boolean zeroChecksum) {

        static Offer of(List<Parameter> params) {
            SupportedExtensionsParameter ext = Parameters.find(params, SupportedExtensionsParameter.class);
            ZeroChecksumAcceptableParameter zc = Parameters.find(params, ZeroChecksumAcceptableParameter.class);
            boolean pr = Parameters.find(params, ForwardTsnSupportedParameter.class) != null
                    || (ext != null && ext.supports(ForwardTsnChunk.TYPE));
            boolean idata = ext != null && ext.supports(IDataChunk.TYPE) && ext.supports(IForwardTsnChunk.TYPE);
            boolean reconfig = ext != null && ext.supports(ReConfigChunk.TYPE);
            return new Offer(pr, idata, reconfig,
                    zc != null && zc.errorDetectionMethod() == ZeroChecksumAcceptableParameter.METHOD_DTLS);
        }
    }

    static Capabilities negotiate(SctpOptions options, Offer peer, int peerOutbound, int peerInbound,
                                  long peerReceiverWindow) {
        return new Capabilities(options.enablePartialReliability && peer.partialReliability(),
                options.enableMessageInterleaving && peer.messageInterleaving(), peer.reconfiguration(),
                options.enableZeroChecksum && peer.zeroChecksum(), Math.min(options.outboundStreams, peerInbound),
                Math.min(options.inboundStreams, peerOutbound), peerReceiverWindow);
    }

    /** The optional parameters this end puts in INIT and INIT ACK, in Firefox's order. */
    static List<Parameter> ownParameters(SctpOptions options) {
        List<Parameter> params = new ArrayList<>();
        List<Integer> ext = new ArrayList<>();
        if (options.enablePartialReliability) {
            params.add(new ForwardTsnSupportedParameter());
        }
        ext.add(ReConfigChunk.TYPE);
        if (options.enablePartialReliability) {
            ext.add(ForwardTsnChunk.TYPE);
        }
        if (options.enableMessageInterleaving) {
            ext.add(IDataChunk.TYPE);
            ext.add(IForwardTsnChunk.TYPE);
        }
        params.add(new SupportedExtensionsParameter(ext.stream().mapToInt(Integer::intValue).toArray()));
        if (options.enableZeroChecksum) {
            params.add(new ZeroChecksumAcceptableParameter(ZeroChecksumAcceptableParameter.METHOD_DTLS));
        }
        return params;
    }
}
