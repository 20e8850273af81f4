package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.plan.Planner;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.validation.SpecValidator;
import io.transferlab.dataprep.config.BoundsConfig;
import io.transferlab.dataprep.config.DataPrepConfig;
import io.transferlab.dataprep.messaging.EventPublisher;
import io.transferlab.dataprep.metrics.DataPrepMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * One request, start to end: read, validate, prepare its data (once per experiment id), announce. Every problem a
 * request's author can fix ends in exactly one rejection; a record that is no request at all is rethrown after its
 * rejection, for the dead-letter topic; anything else (storage or broker down) is thrown, so the request is not
 * acknowledged as handled.
 */
@ApplicationScoped
public class RequestHandler {

    private static final Logger LOG = Logger.getLogger(RequestHandler.class);

    private final RequestReader reader;
    private final SpecValidator validator;
    private final AcceptedStore accepted;
    private final DataShards shards;
    private final EventPublisher publisher;
    private final DataPrepMetrics metrics;

    public RequestHandler(DataPrepConfig config, BoundsConfig bounds, AcceptedStore accepted, DataShards shards,
                          EventPublisher publisher, DataPrepMetrics metrics) {
        this.validator = new SpecValidator(bounds.bounds());
        this.reader = new RequestReader(config.maxRequestBytes(), validator::allowed);
        this.accepted = accepted;
        this.shards = shards;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    public void handle(String recordKey, byte[] value) {
        try {
            ExperimentSpec spec = reader.read(recordKey, value);
            List<String> problems = validator.validate(spec);
            if (!problems.isEmpty()) {
                String id = spec == null || spec.experimentId() == null ? recordKey : spec.experimentId();
                throw new RejectedRequest(id, problems);
            }
            publisher.accepted(accept(spec.resolve()));
            metrics.accepted();
        } catch (RejectedRequest rejected) {
            LOG.infof("request %s rejected: %s", rejected.experimentId(), rejected.reasons());
            publisher.rejected(rejected.experimentId(), recordKey, rejected.reasons());
            metrics.rejected();
            if (rejected instanceof UnreadableRequest) {
                throw rejected;
            }
        }
    }

    /**
     * The experiment's accepted event: the stored one if this exact request was accepted before (a redelivery or a
     * resubmission; job ids are deterministic, so announcing it again is harmless), else a new one.
     */
    private ExperimentAccepted accept(ResolvedSpec resolved) {
        String id = resolved.experimentId();
        String digest = Json.digest(resolved);
        Optional<ExperimentAccepted> earlier = accepted.find(id);
        if (earlier.isPresent()) {
            if (!earlier.get().specDigest().equals(digest)) {
                throw new RejectedRequest(id, "experimentId: '" + id + "' is already used by a different request");
            }
            LOG.infof("experiment %s was accepted before; announcing it again", id);
            return earlier.get();
        }
        ExperimentAccepted event = new ExperimentAccepted(id, resolved, digest, Planner.plan(resolved),
                shards.prepare(resolved), System.currentTimeMillis());
        accepted.save(event);
        LOG.infof("experiment %s accepted: %d nets", id, event.plan().size());
        return event;
    }
}
