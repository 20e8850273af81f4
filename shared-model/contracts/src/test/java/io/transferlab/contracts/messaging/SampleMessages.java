package io.transferlab.contracts.messaging;

import io.transferlab.contracts.json.Digests;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.plan.Planner;
import io.transferlab.contracts.spec.DataDraw;
import io.transferlab.contracts.spec.Dataset;
import io.transferlab.contracts.spec.DatasetRef;
import io.transferlab.contracts.spec.EvaluationSettings;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.spec.NetArchitecture;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.spec.SplitSpec;
import io.transferlab.contracts.spec.TrainingBudget;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.contracts.spec.ExperimentDesign;
import io.transferlab.contracts.spec.StudyAxis;
import io.transferlab.contracts.spec.StudyAxisSpec;
import io.transferlab.contracts.spec.StudyRequest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Messages as the services publish them: the README's dissimilar Fashion-MNIST experiment, one seed. */
final class SampleMessages {

    private static final String ID = "fmnist-dissimilar";
    private static final long AT = 1_767_225_600_000L;

    private static final ExperimentSpec REQUEST = new ExperimentSpec(ID,
            new DatasetRef(Dataset.FASHION_MNIST.id(), "/usr/share/datasets/fashion-mnist"),
            new SplitSpec(List.of(0, 1, 2, 3, 4, 6), List.of(5, 7, 8, 9), null, null, null, 1.0 / 12,
                    DataDraw.PER_SEED),
            NetArchitecture.COMPACT8.id(), List.of(1, 2, 3, 4, 5, 6, 7), ExperimentSpec.DEFAULT_VARIANTS, List.of(1L),
            "quick",
            TrainingBudget.builder().iterations(200).batchSize(64).build(),
            new EvaluationSettings(20, null, null, null));
    private static final ResolvedSpec RESOLVED = REQUEST.resolve();
    private static final String DIGEST = Json.digest(RESOLVED);
    private static final List<PlannedJob> PLAN = Planner.plan(RESOLVED);
    private static final PlannedJob TRANSFER = PLAN.stream()
            .filter(job -> job.variant() == Variant.ANB_PLUS && job.depth() == 3).findFirst().orElseThrow();
    private static final ExperimentShards SHARDS = new ExperimentShards(List.of(0, 1, 2, 3, 4, 6), List.of(5, 7, 8, 9),
            half(Half.A, 33_000, 3_000, 6_000), half(Half.B, 22_000, 2_000, 4_000));
    private static final Provenance PROVENANCE = new Provenance(DIGEST, 1, 7_919, 104_729, "5e".repeat(32),
            "fmnist-dissimilar.basea.n0.s1@200", "0.1.0-SNAPSHOT");
    private static final String CHECKPOINT_ID = CheckpointManifest.checkpointId(TRANSFER.jobId(), 200);

    private SampleMessages() {
    }

    /** One message per schema; every optional field that this message type can carry is set. */
    static Map<MessageSchemas.Entry, Object> full() {
        return Map.ofEntries(
                Map.entry(MessageSchemas.REQUEST, REQUEST),
                Map.entry(MessageSchemas.REJECTION, new RequestRejected("fmnist-bad", "fmnist-bad", List.of(
                        "depths[2]: 9 is outside 1..7 (a cut after one of the 8 weight layers)",
                        "split: classesA and classesB overlap in [3]"), AT)),
                Map.entry(MessageSchemas.STUDY_REQUEST, new StudyRequest("fmnist-size", new ExperimentDesign(
                        new DatasetRef(Dataset.FASHION_MNIST.id(), null), null, null, List.of(1, 4, 7),
                        List.of(Variant.BASE_B, Variant.ANB, Variant.ANB_PLUS), List.of(1L, 2L), null, null, null),
                        new StudyAxisSpec(List.of(60, 600, 6000), null), 0.02)),
                Map.entry(MessageSchemas.ACCEPTED, new ExperimentAccepted(ID, RESOLVED, DIGEST, PLAN, SHARDS, AT,
                        new StudyLevelRef("fmnist-size", StudyAxis.TARGET_SIZE, "600", 600, 1, 3, 0.02))),
                Map.entry(MessageSchemas.JOB, new TrainingJob(PLAN.get(0), RESOLVED, DIGEST, SHARDS,
                        List.of(new TrainingJob(TRANSFER, RESOLVED, DIGEST, SHARDS, List.of())))),
                Map.entry(MessageSchemas.CHECKPOINT, new CheckpointReady(TRANSFER,
                        ObjectKeys.finalCheckpoint(ID, TRANSFER.jobId()), manifest(), SHARDS.b().test(), 10, 41.7)),
                Map.entry(MessageSchemas.EVALUATION, evaluation(new EvaluationReport(4_000, 0.9125, 0.2684,
                        List.of(0.95, 0.88, 0.91, 0.91), List.of(List.of(950, 20, 10, 20), List.of(40, 880, 50, 30),
                        List.of(30, 40, 910, 20), List.of(20, 30, 40, 910))), 0.9043)),
                Map.entry(MessageSchemas.ESTIMATES, estimates()),
                Map.entry(MessageSchemas.STATUS, new JobStatus(TRANSFER.jobId(), ID, JobStatus.State.FAILED,
                        "trainer-2", 120, 200, 0.4127, 176.5, "checkpoint upload failed after 3 attempts")),
                Map.entry(MessageSchemas.RESULT, result()),
                Map.entry(MessageSchemas.STUDY_RESULT, studyResult()));
    }

    /** Messages whose optional fields are left out, and the numbers the mapper writes as strings. */
    static List<Map.Entry<MessageSchemas.Entry, Object>> sparse() {
        return List.of(
                Map.entry(MessageSchemas.REQUEST, new ExperimentSpec("fmnist-minimal",
                        new DatasetRef(Dataset.FASHION_MNIST.id(), null), null, null, null, null, null, null, null,
                        null)),
                Map.entry(MessageSchemas.REJECTION, new RequestRejected(null, null, List.of("request: not JSON"), AT)),
                Map.entry(MessageSchemas.JOB, new TrainingJob(PLAN.get(0), RESOLVED, DIGEST, SHARDS, List.of())),
                Map.entry(MessageSchemas.STATUS, new JobStatus(TRANSFER.jobId(), ID, JobStatus.State.PROGRESS,
                        "trainer-2", 40, 200, 0.9311, 181.2, null)),
                Map.entry(MessageSchemas.ESTIMATES, new EstimatesCompleted(ID, 2, PlannedJob.id(ID, Variant.BASE_A, 0,
                        2), PlannedJob.id(ID, Variant.BASE_B, 0, 2), List.of(),
                        "checkpoint missing from object storage: " + ObjectKeys.finalCheckpoint(ID,
                        PlannedJob.id(ID, Variant.BASE_A, 0, 2)), 0.2)),
                Map.entry(MessageSchemas.EVALUATION, evaluation(new EvaluationReport(0, Double.NaN, Double.NaN,
                        List.of(Double.NaN, Double.NaN), List.of(List.of(0, 0), List.of(0, 0))), Double.NaN)));
    }

    static ExperimentResult result() {
        List<ResultCell> cells = List.of(
                cell(Variant.BASE_B, 0, 0.9388, 0.0027, 0.9412, 0.0031),
                cell(Variant.BNB, 3, 0.9290, 0.0035, 0.9305, 0.0042),
                cell(Variant.ANB_PLUS, 3, 0.9431, 0.0024, 0.9450, 0.0020),
                // one seed: no interval
                new ResultCell(Variant.RNB, 3, 1, List.of(new MetricSummary("bestValidation", 0.7012, 0, 1, null, null),
                        new MetricSummary("test", 0.7040, 0, 1, null, null))));
        List<Finding> findings = List.of(
                new Finding(1, "co-adaptation", "Frozen BnB dips at middle depths and recovers at the top.",
                        "both the dip and the recovery are above 0", "bestValidation", true, Verdict.SUPPORTED, 0.012,
                        "the paper's effect beyond the noise: Holm-adjusted p = 0.0120 < 0.05",
                        List.of(new Measure("BnB dip", "baseB - mean(BnB at n = 3, 4, 5)", true, 0.0107, 0.0018,
                                0.0062, 0.0152, 3, 0.0186, Verdict.SUPPORTED, "+0.0107 ± 0.0018 over 3 seeds", null, 0.175, 0.0496))),
                new Finding(2, "specificity", "Frozen AnB falls below frozen BnB at the top.",
                        "the deciding measure differs from 0", "test", false, Verdict.NOT_TESTABLE, null,
                        "AnB below BnB at the top: not measured: no seed has the nets it needs",
                        List.of(new Measure("AnB below BnB at the top", "mean over n = 6..7 (none run for every seed)"
                                + " of (BnB - AnB)", true, null, null, null, null, 0, null, Verdict.NOT_TESTABLE,
                                "not measured", null, null, null))));
        return new ExperimentResult(ID, DIGEST, cells, findings,
                List.of("AnB n = 3 seed 2 has no finite bestValidation (NaN): left out of the findings on "
                        + "bestValidation"), DataDraw.PER_SEED.variance(), new Pairing(0.41, 0.62, 24), prediction(), PLAN.size(),
                AT);
    }

    static StudyResult studyResult() {
        Choice best = new Choice(Variant.ANB_PLUS, 4, 0.8812, 0.8731, 0.8893, 3, 0, 0.0);
        Choice cheapest = new Choice(Variant.ANB, 4, 0.8790, 0.8702, 0.8878, 3, 4, 0.0081);
        return new StudyResult("fmnist-size", StudyAxis.TARGET_SIZE, List.of(
                new StudyLevelResult("60", 60, "fmnist-size-60", DIGEST),
                new StudyLevelResult("6000", 6000, "fmnist-size-6000", DIGEST)), "bestValidation",
                List.of(new TransferGain("60", Variant.ANB_PLUS, 4, 0.0412, 0.0301, 0.0523, 3),
                        new TransferGain("6000", Variant.ANB, 7, null, null, null, 0)),
                result().findings().get(0), List.of(new LevelAdvice("60", best, cheapest, 0.01,
                "best by mean: AnB+ at n = 4; cheapest shown within 0.0100 of the best: AnB at n = 4")),
                prediction().checks(), AT);
    }

    private static CheckpointManifest manifest() {
        return new CheckpointManifest(CHECKPOINT_ID, TRANSFER.jobId(), TRANSFER.variant(), TRANSFER.depth(), 4, true,
                new TrainingProgress(1, 200, 200, List.of(new ValidationPoint(20, 0.71), new ValidationPoint(200,
                        0.9043))), PROVENANCE);
    }

    static EstimatesCompleted estimates() {
        return new EstimatesCompleted(ID, 1, PlannedJob.id(ID, Variant.BASE_A, 0, 1), PlannedJob.id(ID, Variant.BASE_B,
                0, 1), List.of(new DepthEstimates(3, 0.81, 0.55, -0.62, -1.4, 1.2, 0.3, 0.74, 0.21,
                new EstimateCosts(1.5, 0.8, 0.05, 0.03, 0.02))), null, 2.6);
    }

    private static Prediction prediction() {
        return new Prediction(List.of(new EstimateCell("probe", 3, 0.81, 0.55, 4)),
                List.of(new PredictionCheck("logMe", Variant.ANB, "bestValidation", 0.83, 0.67, 1.0, 0.004, 4,
                        "LogME ranks the depths as AnB measured them: tau 0.83 [0.67, 1.00], p 0.004")),
                3, "cut at n = 3", new EstimateCosts(6.0, 3.2, 0.2, 0.1, 0.1), 4, List.of());
    }

    private static EvaluationCompleted evaluation(EvaluationReport report, double bestValidation) {
        return new EvaluationCompleted(TRANSFER, CHECKPOINT_ID, report, bestValidation, PROVENANCE);
    }

    private static HalfShards half(Half half, int train, int validation, int test) {
        return new HalfShards(List.of(new SeedShards(1, 1, shard(ObjectKeys.drawShard(ID, half, "train", 1), train),
                shard(ObjectKeys.drawShard(ID, half, "validation", 1), validation))),
                shard(ObjectKeys.shard(ID, half, "test"), test));
    }

    private static ShardRef shard(String key, int count) {
        return new ShardRef(key, Digests.sha256(key.getBytes(StandardCharsets.UTF_8)), count);
    }

    /** A three-seed cell on both metrics; t(0.975, 2) = 4.303 gives the intervals. */
    private static ResultCell cell(Variant variant, int depth, double bestValidation, double bestValidationStd,
                                   double test, double testStd) {
        return new ResultCell(variant, depth, 3, List.of(summary("bestValidation", bestValidation, bestValidationStd),
                summary("test", test, testStd)));
    }

    private static MetricSummary summary(String metric, double mean, double std) {
        double half = 4.303 * std / Math.sqrt(3);
        return new MetricSummary(metric, mean, std, 3, mean - half, mean + half);
    }
}
