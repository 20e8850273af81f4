package io.transferlab.evaluator.estimation;

import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.plan.Planner;
import io.transferlab.contracts.spec.Variant;

import java.util.Optional;

/**
 * The baseA and baseB of one seed of one experiment: what its estimates are computed from. A study's level may plan
 * a baseA of another level (shared), so each job's checkpoint lies under its own experiment's prefix.
 *
 * @param experiment the experiment the estimates are for
 * @param seed       the sweep seed
 * @param baseA      its baseA of that seed
 * @param baseB      its baseB of that seed
 */
record BasePair(ExperimentAccepted experiment, long seed, PlannedJob baseA, PlannedJob baseB) {

    /** The pair of {@code base}'s seed in {@code experiment}, if it plans both and {@code base} is one of them. */
    static Optional<BasePair> of(ExperimentAccepted experiment, PlannedJob base) {
        Optional<PlannedJob> a = Planner.planned(experiment.plan(), Variant.BASE_A, base.seed());
        Optional<PlannedJob> b = Planner.planned(experiment.plan(), Variant.BASE_B, base.seed());
        if (a.isEmpty() || b.isEmpty()
                || !(a.get().jobId().equals(base.jobId()) || b.get().jobId().equals(base.jobId()))) {
            return Optional.empty();
        }
        return Optional.of(new BasePair(experiment, base.seed(), a.get(), b.get()));
    }

    String experimentId() {
        return experiment.experimentId();
    }
}
