package dev.parley.peer.ice;

import java.util.Optional;
import java.util.function.Consumer;

import org.ice4j.TransportAddress;
import org.ice4j.attribute.Attribute;
import org.ice4j.attribute.ErrorCodeAttribute;
import org.ice4j.ice.HostCandidate;
import org.ice4j.ice.harvest.StunCandidateHarvest;
import org.ice4j.ice.harvest.StunCandidateHarvester;
import org.ice4j.ice.harvest.TurnCandidateHarvest;
import org.ice4j.ice.harvest.TurnCandidateHarvester;
import org.ice4j.message.Request;
import org.ice4j.message.Response;
import org.ice4j.security.LongTermCredential;

/**
 * ice4j's STUN and TURN harvesters for the configured iceServers, extended to report a server
 * that answered with an error or not at all: ice4j drops those silently, the W3C API fires
 * {@code icecandidateerror}.
 */
final class Ice4jServerHarvesters {

    private Ice4jServerHarvesters() {
    }

    static StunCandidateHarvester stun(TransportAddress server, String url, Consumer<IceCandidateError> errors) {
        return new StunCandidateHarvester(server) {
            @Override
            protected StunCandidateHarvest createHarvest(HostCandidate hostCandidate) {
                return new StunCandidateHarvest(this, hostCandidate) {
                    @Override
                    protected boolean completedResolvingCandidate(Request request, Response response) {
                        report(hostCandidate, response, url, errors);
                        return super.completedResolvingCandidate(request, response);
                    }
                };
            }
        };
    }

    /**
     * @param relayOnly the relay policy: no server-reflexive candidate from the allocation's
     *     XOR-MAPPED-ADDRESS (ice4j would pair it and send its checks from the host base)
     */
    static TurnCandidateHarvester turn(TransportAddress server, String url, String username, String password,
            boolean relayOnly, Consumer<IceCandidateError> errors) {
        return new TurnCandidateHarvester(server, new LongTermCredential(username, password)) {
            @Override
            protected TurnCandidateHarvest createHarvest(HostCandidate hostCandidate) {
                return new TurnCandidateHarvest(this, hostCandidate) {
                    @Override
                    protected boolean completedResolvingCandidate(Request request, Response response) {
                        report(hostCandidate, response, url, errors);
                        return super.completedResolvingCandidate(request, response);
                    }

                    @Override
                    protected void createServerReflexiveCandidate(Response response) {
                        if (!relayOnly) {
                            super.createServerReflexiveCandidate(response);
                        }
                    }
                };
            }
        };
    }

    private static void report(HostCandidate host, Response response, String url, Consumer<IceCandidateError> errors) {
        if (response != null && response.isSuccessResponse()) {
            return;
        }
        TransportAddress local = host.getTransportAddress();
        Optional<String> address = Optional.of(local.getHostAddress());
        Optional<Integer> port = Optional.of(local.getPort());
        if (response == null) {
            errors.accept(new IceCandidateError(address, port, url, IceCandidateError.SERVER_UNREACHABLE,
                    "no answer from the server"));
            return;
        }
        Attribute attribute = response.getAttribute(Attribute.ERROR_CODE);
        if (attribute instanceof ErrorCodeAttribute errorCode) {
            errors.accept(new IceCandidateError(address, port, url, errorCode.getErrorCode(),
                    String.valueOf(errorCode.getReasonPhrase())));
        } else {
            errors.accept(new IceCandidateError(address, port, url, IceCandidateError.SERVER_UNREACHABLE,
                    "error response without ERROR-CODE"));
        }
    }
}
