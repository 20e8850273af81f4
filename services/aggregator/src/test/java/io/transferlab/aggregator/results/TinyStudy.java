package io.transferlab.aggregator.results;

import io.transferlab.contracts.messaging.DepthEstimates;
import io.transferlab.contracts.messaging.EstimateCosts;
import io.transferlab.contracts.messaging.EstimatesCompleted;
import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.StudyLevelRef;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.StudyAxis;
import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.List;

import static io.transferlab.aggregator.results.Evaluations.evaluation;
import static io.transferlab.aggregator.results.Evaluations.job;

/**
 * Test fixture: a two-level study on the size axis (60 and 600 images of B), two seeds, n = 1 only. Both levels plan
 * the first level's baseA, as data-prep shares it. Fine-tuned transfer gains 0.05 at 60 images and 0.01 at 600; frozen
 * transfer loses 0.01 and 0.02. Each level has its estimates, or it would not complete.
 */
public final class TinyStudy {

    public static final List<String> LABELS = List.of("60", "600");
    private static final double[] BASE_B = {0.60, 0.80};
    private static final double[] FINE_TUNED_GAIN = {0.05, 0.01};
    private static final double[] FROZEN_GAIN = {-0.01, -0.02};

    private TinyStudy() {
    }

    public static String levelId(String studyId, int index) {
        return studyId + "-" + LABELS.get(index);
    }

    public static ExperimentAccepted accepted(String studyId, int index) {
        StudyLevelRef ref = new StudyLevelRef(studyId, StudyAxis.TARGET_SIZE, LABELS.get(index),
                Double.parseDouble(LABELS.get(index)), index, LABELS.size(), 0.01);
        ExperimentAccepted plain = Evaluations.accepted(levelId(studyId, index), plan(studyId, index));
        return new ExperimentAccepted(plain.experimentId(), plain.spec(), plain.specDigest(), plain.plan(),
                plain.shards(), plain.acceptedAt(), ref);
    }

    /** The level's own nets' evaluations, and for the first level the shared baseA's. */
    public static List<EvaluationCompleted> evaluations(String studyId, int index) {
        List<EvaluationCompleted> evaluations = new ArrayList<>();
        for (PlannedJob job : plan(studyId, index)) {
            if (!job.experimentId().equals(levelId(studyId, index))) {
                continue; // another level's net: evaluated there
            }
            double seedLuck = job.seed() == 1 ? 0.004 : -0.004;
            double base = BASE_B[index] + seedLuck;
            double value = switch (job.variant()) {
                case ANB_PLUS -> base + FINE_TUNED_GAIN[index] + seedLuck / 4;
                case ANB -> base + FROZEN_GAIN[index] - seedLuck / 4;
                case BASE_A -> 0.9;
                default -> base;
            };
            evaluations.add(evaluation(job, value, value));
        }
        return evaluations;
    }

    /** The level's estimates, one per seed, as the evaluator sends them once its base nets exist. */
    public static List<EstimatesCompleted> estimates(String studyId, int index) {
        return List.of(1L, 2L).stream().map(seed -> new EstimatesCompleted(levelId(studyId, index), seed,
                PlannedJob.id(levelId(studyId, 0), Variant.BASE_A, 0, seed),
                PlannedJob.id(levelId(studyId, index), Variant.BASE_B, 0, seed),
                List.of(new DepthEstimates(1, 0.7, 0.5, -0.5, -0.9, 1.1, 0.4, 0.6, 0.2,
                        new EstimateCosts(0.5, 0.2, 0.01, 0.01, 0.01))), null, 1.0)).toList();
    }

    private static List<PlannedJob> plan(String studyId, int index) {
        String level = levelId(studyId, index);
        List<PlannedJob> plan = new ArrayList<>();
        for (long seed = 1; seed <= 2; seed++) {
            plan.add(job(levelId(studyId, 0), Variant.BASE_A, 0, seed));
            plan.add(job(level, Variant.BASE_B, 0, seed));
            plan.add(job(level, Variant.ANB_PLUS, 1, seed));
            plan.add(job(level, Variant.ANB, 1, seed));
        }
        return plan;
    }
}
