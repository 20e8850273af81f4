package io.transferlab.aggregator.results;

import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.EvaluationReport;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.DatasetRef;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.spec.Variant;

import java.util.List;

/** Test fixtures: an acceptance, planned jobs and their evaluations with chosen scores. */
public final class Evaluations {

    private Evaluations() {
    }

    public static PlannedJob job(String experimentId, Variant variant, int depth, long seed) {
        String parent = variant.sourceBase().map(base -> PlannedJob.id(experimentId, base, 0, seed)).orElse(null);
        return new PlannedJob(PlannedJob.id(experimentId, variant, depth, seed), experimentId, variant, depth, seed,
                parent);
    }

    /** The acceptance of a Fashion-MNIST experiment with the given plan. */
    public static ExperimentAccepted accepted(String id, List<PlannedJob> plan) {
        ResolvedSpec spec = new ExperimentSpec(id, new DatasetRef("fashion-mnist", null), null, null, null, null,
                null, null, null, null).resolve();
        return new ExperimentAccepted(id, spec, Json.digest(spec), plan, null, 1_700_000_000_000L, null);
    }

    public static EvaluationCompleted evaluation(PlannedJob job, double testAccuracy, double bestValidation) {
        EvaluationReport report = new EvaluationReport(500, testAccuracy, 0.4, List.of(testAccuracy, testAccuracy),
                List.of(List.of(1, 0), List.of(0, 1)));
        return new EvaluationCompleted(job, job.jobId() + "@100", report, bestValidation, null);
    }

    public static EvaluationCompleted evaluation(Variant variant, int depth, long seed, double testAccuracy,
                                                 double bestValidation) {
        return evaluation(job("exp1", variant, depth, seed), testAccuracy, bestValidation);
    }
}
