package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentShards;
import io.transferlab.contracts.messaging.StudyLevelRef;
import io.transferlab.contracts.plan.Planner;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.spec.StudyAxis;
import io.transferlab.contracts.spec.StudyRequest;
import io.transferlab.contracts.validation.SpecValidator;
import io.transferlab.contracts.validation.StudyLevels;
import io.transferlab.contracts.validation.StudyPaths;
import io.transferlab.dataprep.config.BoundsConfig;
import io.transferlab.dataprep.config.DataPrepConfig;
import io.transferlab.service.storage.AcceptedStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
        this.reader = new RequestReader(config.maxRequestBytes(), validator);
        this.locations = locations;
        this.accepted = accepted;
        this.shards = shards;
    }

    public Outcome handle(String recordKey, byte[] value) {
        ReadRequest read = reader.read(recordKey, value);
        if (read.rejection() != null) {
            return read.rejection();
        }
        if (read.study() != null) {
            return study(recordKey, read.study());
        }
        ExperimentSpec spec = read.spec();
        List<String> problems = problems(spec);
        if (!problems.isEmpty()) {
            return Outcome.Rejected.of(spec == null || spec.experimentId() == null ? recordKey : spec.experimentId(),
                    problems);
        }
        Checked<ExperimentAccepted> event = accept(spec.resolve(), null);
        return event.ok() ? Outcome.Accepted.of(event.value()) : Outcome.Rejected.of(spec.experimentId(),
                event.problems());
    }

    /**
     * A study: every level checked before any data is read, then each accepted as an experiment of its own, with the
     * nets all levels share planned once ({@link StudySharing}).
     */
    private Outcome study(String recordKey, StudyRequest study) {
        String id = study.studyId() == null ? recordKey : study.studyId();
        Set<String> problems = new LinkedHashSet<>(StudyLevels.problems(study, validator));
        if (!problems.isEmpty()) {
            return Outcome.Rejected.of(id, List.copyOf(problems));
        }
        List<StudyLevels.Level> levels = StudyLevels.of(study);
        StudyAxis axis = study.axis().kind();
        for (int i = 0; i < levels.size(); i++) {
            for (String problem : problems(levels.get(i).spec())) {
                problems.add(StudyPaths.inStudy(axis, i, problem));
            }
        }
        if (!problems.isEmpty()) {
            return Outcome.Rejected.of(id, List.copyOf(problems));
        }
        List<ExperimentAccepted> events = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            StudyLevels.Level level = levels.get(i);
            Checked<ExperimentAccepted> event = accept(level.spec().resolve(), new StudyLevelRef(study.studyId(),
                    axis, level.label(), level.value(), i, levels.size(), study.marginOrDefault()));
            if (!event.ok()) {
                int at = i;
                return Outcome.Rejected.of(id, event.problems().stream()
                        .map(problem -> StudyPaths.inStudy(axis, at, problem)).distinct().toList());
            }
            events.add(event.value());
        }
        Outcome.Accepted accepted = StudySharing.share(axis, events);
        accepted.events().forEach(this.accepted::save);
        LOG.infof("study %s accepted: %d levels, %d nets", id, levels.size(),
                accepted.events().stream().flatMap(e -> e.plan().stream()).distinct().count());
        return accepted;
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
    private Checked<ExperimentAccepted> accept(ResolvedSpec resolved, StudyLevelRef study) {
        String id = resolved.experimentId();
        String digest = Json.digest(resolved);
        Optional<ExperimentAccepted> earlier = accepted.find(id);
        if (earlier.isPresent()) {
            // A level belongs to its study: the same experiment as a plain request or another study's level is not it.
            if (!earlier.get().specDigest().equals(digest) || !Objects.equals(earlier.get().study(), study)) {
                return Checked.problem("experimentId: '" + id + "' is already used by a different request");
            }
            LOG.infof("experiment %s was accepted before; announcing it again", id);
            return Checked.of(earlier.get());
        }
        Checked<ExperimentShards> prepared = shards.prepare(resolved);
        if (!prepared.ok()) {
            return Checked.failed(prepared.problems());
        }
        ExperimentAccepted event = new ExperimentAccepted(id, resolved, digest, Planner.plan(resolved),
                prepared.value(), System.currentTimeMillis(), study);
        if (study == null) {
            accepted.save(event); // a study's levels are saved once their shared nets are planned
        }
        LOG.infof("experiment %s accepted: %d nets", id, event.plan().size());
        return Checked.of(event);
    }
}
