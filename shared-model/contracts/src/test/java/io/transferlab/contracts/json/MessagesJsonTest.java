package io.transferlab.contracts.json;

import io.transferlab.contracts.messaging.CheckpointManifest;
import io.transferlab.contracts.messaging.EvaluationReport;
import io.transferlab.contracts.messaging.Provenance;
import io.transferlab.contracts.messaging.ShardRef;
import io.transferlab.contracts.messaging.TrainingProgress;
import io.transferlab.contracts.messaging.ValidationPoint;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.plan.Planner;
import io.transferlab.contracts.spec.Specs;
import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The messages the services exchange, and the paper's metric over a training history. */
class MessagesJsonTest {

    private static TrainingProgress progress(double... accuracies) {
        List<ValidationPoint> points = new ArrayList<>();
        for (int i = 0; i < accuracies.length; i++) {
            points.add(new ValidationPoint(15L * (i + 1), accuracies[i]));
        }
        return new TrainingProgress(1, 15L * accuracies.length, 150, points);
    }

    @Test
    void bestMeanIsTheMeanOfTheKBestScores() {
        TrainingProgress p = progress(0.10, 0.50, 0.30, 0.90, 0.70, 0.20);

        assertThat(p.bestMean(3)).hasValueCloseTo((0.90 + 0.70 + 0.50) / 3, within(1e-12));
        assertThat(p.bestMean(1)).hasValueCloseTo(0.90, within(1e-12));
        assertThat(p.bestMean(6)).hasValueCloseTo((0.10 + 0.50 + 0.30 + 0.90 + 0.70 + 0.20) / 6, within(1e-12));
    }

    @Test
    void bestMeanCountsRepeatedScores() {
        assertThat(progress(0.8, 0.8, 0.2).bestMean(2)).hasValueCloseTo(0.8, within(1e-12));
    }

    @Test
    void bestMeanWithFewerThanKPointsAveragesAllOfThem() {
        assertThat(progress(0.4, 0.6).bestMean(10)).hasValueCloseTo(0.5, within(1e-12));
    }

    @Test
    void bestMeanOfNoPointsIsEmpty() {
        assertThat(TrainingProgress.start(100).bestMean(10)).isEmpty();
    }

    @Test
    void progressStartsAtZeroAndFinishesAtTheBudget() {
        TrainingProgress start = TrainingProgress.start(150);
        assertThat(start.epoch()).isZero();
        assertThat(start.iteration()).isZero();
        assertThat(start.validations()).isEmpty();
        assertThat(start.finished()).isFalse();
        assertThat(new TrainingProgress(3, 149, 150, List.of()).finished()).isFalse();
        assertThat(new TrainingProgress(3, 150, 150, List.of()).finished()).isTrue();
    }

    @Test
    void progressKeepsACopyOfItsValidations() {
        List<ValidationPoint> points = new ArrayList<>(List.of(new ValidationPoint(15, 0.5)));
        TrainingProgress p = new TrainingProgress(0, 15, 150, points);

        points.add(new ValidationPoint(30, 0.9));

        assertThat(p.validations()).containsExactly(new ValidationPoint(15, 0.5));
        assertThatThrownBy(() -> p.validations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void checkpointManifestRoundTrips() {
        PlannedJob job = Planner.plan(Specs.minimal().resolve()).stream()
                .filter(j -> j.variant() == Variant.ANB_PLUS && j.depth() == 3).findFirst().orElseThrow();
        String specDigest = Json.digest(Specs.minimal().resolve());
        CheckpointManifest manifest = new CheckpointManifest(CheckpointManifest.checkpointId(job.jobId(), 150),
                job.jobId(), job.variant(), job.depth(), 5, true, progress(0.6, 0.8),
                new Provenance(specDigest, 1, 17, 23, "ab".repeat(32), "exp1.basea.n0.s1@150", "0.1.0"));

        String json = Json.write(manifest);

        assertThat(manifest.checkpointId()).isEqualTo("exp1.anb-plus.n3.s1@150");
        assertThat(json).contains("\"variant\":\"AnB+\"");
        assertThat(Json.read(json, CheckpointManifest.class)).isEqualTo(manifest);
    }

    @Test
    void midTrainingManifestWithoutParentRoundTrips() {
        CheckpointManifest manifest = new CheckpointManifest("exp1.basea.n0.s1@50", "exp1.basea.n0.s1",
                Variant.BASE_A, 0, 5, false, TrainingProgress.start(150),
                new Provenance("d", 1, 1, 2, "e", null, "dev"));

        assertThat(Json.read(Json.write(manifest), CheckpointManifest.class)).isEqualTo(manifest);
        assertThat(Json.write(manifest)).doesNotContain("parentCheckpointId");
    }

    @Test
    void plannedJobEvaluationReportAndShardRefRoundTrip() {
        for (PlannedJob job : Planner.plan(Specs.minimal().resolve())) {
            assertThat(Json.read(Json.write(job), PlannedJob.class)).isEqualTo(job);
        }
        EvaluationReport report = new EvaluationReport(4, 0.75, 0.61, List.of(1.0, 0.5),
                List.of(List.of(2, 0), List.of(1, 1)));
        assertThat(Json.read(Json.write(report), EvaluationReport.class)).isEqualTo(report);
        ShardRef shard = new ShardRef("exp1/shards/a-train-0.bin", "0f".repeat(32), 6000);
        assertThat(Json.read(Json.write(shard), ShardRef.class)).isEqualTo(shard);
    }

    @Test
    void missingPrimitiveFieldFails() {
        // A ShardRef without its count would silently read as 0 images.
        assertThatThrownBy(() -> Json.read("{\"key\":\"k\",\"digest\":\"d\"}", ShardRef.class))
                .isInstanceOf(UncheckedIOException.class);
    }
}
