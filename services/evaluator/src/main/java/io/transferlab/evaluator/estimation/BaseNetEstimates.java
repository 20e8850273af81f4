package io.transferlab.evaluator.estimation;

import io.transferlab.contracts.messaging.EstimatesCompleted;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.evaluator.metrics.EvaluatorMetrics;
import io.transferlab.service.storage.AcceptedStore;
import io.transferlab.service.storage.StoredJson;
import io.transferlab.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The estimates a base net's final checkpoint completes: for every experiment that plans it (a study's shared baseA
 * serves every level), the estimates of its seed, once the other base net of that seed is stored too. Whichever of
 * the two is announced last finds the other stored (each is stored before it is announced), so every pair is computed
 * at least once; a second computation, or a replay, is answered from storage. A computation that fails is announced
 * with its reason and not stored, so the experiment completes without it and a redelivery tries again.
 */
@ApplicationScoped
public class BaseNetEstimates {

    private static final Logger LOG = Logger.getLogger(BaseNetEstimates.class);

    private final ObjectStore store;
    private final AcceptedStore accepted;
    private final EstimateComputer computer;
    private final EvaluatorMetrics metrics;

    public BaseNetEstimates(ObjectStore store, AcceptedStore accepted, EstimateComputer computer,
                            EvaluatorMetrics metrics) {
        this.store = store;
        this.accepted = accepted;
        this.computer = computer;
        this.metrics = metrics;
    }

    /** The estimates that {@code job}'s final checkpoint makes due; none for a net that is not a base net. */
    public List<EstimatesCompleted> after(PlannedJob job) {
        if (!job.variant().isBase()) {
            return List.of();
        }
        List<EstimatesCompleted> due = new ArrayList<>();
        for (ExperimentAccepted experiment : planning(job)) {
            BasePair.of(experiment, job).filter(computer::ready).map(this::estimates).ifPresent(due::add);
        }
        return due;
    }

    /** The experiments that may plan {@code job}: its own and, for a study's level, every level of the study. */
    private List<ExperimentAccepted> planning(PlannedJob job) {
        Map<String, ExperimentAccepted> experiments = new LinkedHashMap<>();
        Optional<ExperimentAccepted> own = accepted.find(job.experimentId());
        own.ifPresent(event -> experiments.put(event.experimentId(), event));
        own.filter(event -> event.study() != null).ifPresent(event -> accepted.levels(event.study().studyId())
                .forEach(level -> experiments.putIfAbsent(level.experimentId(), level)));
        return List.copyOf(experiments.values());
    }

    private EstimatesCompleted estimates(BasePair pair) {
        String key = ObjectKeys.estimates(pair.experimentId(), pair.seed());
        return StoredJson.find(store, key, EstimatesCompleted.class).orElseGet(() -> {
            long began = System.nanoTime();
            try {
                EstimatesCompleted computed = new EstimatesCompleted(pair.experimentId(), pair.seed(),
                        pair.baseA().jobId(), pair.baseB().jobId(), computer.compute(pair), null,
                        seconds(began));
                StoredJson.put(store, key, computed);
                metrics.estimated(computed, Duration.ofNanos(System.nanoTime() - began));
                return computed;
            } catch (RuntimeException e) {
                LOG.errorf(e, "estimates of %s seed %d failed", pair.experimentId(), pair.seed());
                return new EstimatesCompleted(pair.experimentId(), pair.seed(), pair.baseA().jobId(),
                        pair.baseB().jobId(), List.of(), e.toString(), seconds(began));
            }
        });
    }

    private static double seconds(long began) {
        return (System.nanoTime() - began) / 1e9;
    }
}
