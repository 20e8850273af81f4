package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentShards;
import io.transferlab.contracts.plan.Planner;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.validation.SpecValidator;
import io.transferlab.dataprep.config.BoundsConfig;
import io.transferlab.dataprep.config.DataPrepConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One request, start to end: read, check, prepare its data (once per experiment id). Every problem a request's author
 * can fix is in the one rejection returned, as many as the request has; anything else (a bug, storage down) is thrown,
 * for the caller to treat as the failure it is, never as the author's fault.
 */
@ApplicationScoped
public class RequestHandler {

    private static final Logger LOG = Logger.getLogger(RequestHandler.class);

    private final RequestReader reader;
    private final SpecValidator validator;
    private final DataLocations locations;
    private final AcceptedStore accepted;
    private final DataShards shards;

    public RequestHandler(DataPrepConfig config, BoundsConfig bounds, DataLocations locations, AcceptedStore accepted,
                          DataShards shards) {
        this.validator = new SpecValidator(bounds.bounds());
        this.reader = new RequestReader(config.maxRequestBytes(), validator::allowed);
        this.locations = locations;
        this.accepted = accepted;
        this.shards = shards;
    }

    public Outcome handle(String recordKey, byte[] value) {
        ReadRequest read = reader.read(recordKey, value);
        if (read.rejection() != null) {
            return read.rejection();
        }
        ExperimentSpec spec = read.spec();
        List<String> problems = problems(spec);
        if (!problems.isEmpty()) {
            return Outcome.Rejected.of(spec == null || spec.experimentId() == null ? recordKey : spec.experimentId(),
                    problems);
        }
        return accept(spec.resolve());
    }

    /** The validator's problems and where the data may be read from, all at once. */
    private List<String> problems(ExperimentSpec spec) {
        List<String> problems = new ArrayList<>(validator.validate(spec));
        // A location the validator already faults (blank, '..', not s3://bucket/prefix) is not judged twice.
        boolean locationFaulted = problems.stream().anyMatch(p -> p.startsWith("dataset.location:"));
        if (spec != null && spec.dataset() != null && !locationFaulted) {
            locations.problem(spec.dataset()).ifPresent(problems::add);
        }
        return problems;
    }

    /**
     * The experiment's accepted event: the stored one if this exact request was accepted before (a redelivery or a
     * resubmission; job ids are deterministic, so announcing it again is harmless), else a new one.
     */
    private Outcome accept(ResolvedSpec resolved) {
        String id = resolved.experimentId();
        String digest = Json.digest(resolved);
        Optional<ExperimentAccepted> earlier = accepted.find(id);
        if (earlier.isPresent()) {
            if (!earlier.get().specDigest().equals(digest)) {
                return Outcome.Rejected.of(id, List.of("experimentId: '" + id
                        + "' is already used by a different request"));
            }
            LOG.infof("experiment %s was accepted before; announcing it again", id);
            return new Outcome.Accepted(earlier.get());
        }
        Checked<ExperimentShards> prepared = shards.prepare(resolved);
        if (!prepared.ok()) {
            return Outcome.Rejected.of(id, prepared.problems());
        }
        ExperimentAccepted event = new ExperimentAccepted(id, resolved, digest, Planner.plan(resolved),
                prepared.value(), System.currentTimeMillis(), null);
        accepted.save(event);
        LOG.infof("experiment %s accepted: %d nets", id, event.plan().size());
        return new Outcome.Accepted(event);
    }
}
