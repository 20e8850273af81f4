package io.transferlab.trainer.training;

import io.transferlab.contracts.messaging.CheckpointManifest;
import io.transferlab.contracts.messaging.TrainingProgress;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.network.checkpoint.Checkpoint;
import io.transferlab.storage.CorruptObjectException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where a job starts, from what object storage holds; the storage here is a map, the nets are left out. */
class JobStartTest {

    private static final PlannedJob BASE = new PlannedJob("e.baseb.n0.s1", "e", Variant.BASE_B, 0, 1, null);
    private static final PlannedJob BNB = new PlannedJob("e.bnb.n3.s1", "e", Variant.BNB, 3, 1, BASE.jobId());

    private final Map<String, Checkpoint> stored = new HashMap<>();
    private final List<String> loaded = new ArrayList<>();

    @Test
    void aJobWhoseFinalCheckpointIsStoredIsADuplicateAndNothingIsLoaded() {
        Checkpoint finished = store(finalKey(BASE), checkpoint(BASE, 8, 8));

        assertThat(decide(BASE)).isEqualTo(new JobStart.Done(finished.manifest()));
        assertThat(loaded).isEmpty();
    }

    @Test
    void aFreshBaseJobTrainsFromTheStartWithoutAParent() {
        JobStart.Train train = (JobStart.Train) decide(BASE);

        assertThat(train.source()).isNull();
        assertThat(train.resume()).isNull();
        assertThat(train.from()).isZero();
        assertThat(loaded).containsExactly(latestKey(BASE));
    }

    @Test
    void aJobWithALatestCheckpointResumesAtItsStep() {
        Checkpoint latest = store(latestKey(BASE), checkpoint(BASE, 4, 8));

        JobStart.Train train = (JobStart.Train) decide(BASE);

        assertThat(train.resume()).isSameAs(latest);
        assertThat(train.from()).isEqualTo(4);
    }

    @Test
    void aTransferJobLoadsItsParentsFinalCheckpoint() {
        Checkpoint parent = store(finalKey(BASE), checkpoint(BASE, 8, 8));
        Checkpoint latest = store(latestKey(BNB), checkpoint(BNB, 4, 8));

        JobStart.Train train = (JobStart.Train) decide(BNB);

        assertThat(train.source()).isSameAs(parent);
        assertThat(train.resume()).isSameAs(latest);
        assertThat(loaded).containsExactly(finalKey(BASE), latestKey(BNB));
    }

    @Test
    void aStudyLevelsTransferJobLoadsTheSharedParentOfTheLevelThatTrainedIt() {
        // Level "s-600" copies from the base net of A that level "s-60" trained for both.
        PlannedJob shared = new PlannedJob("s-60.basea.n0.s1", "s-60", Variant.BASE_A, 0, 1, null);
        PlannedJob anb = new PlannedJob("s-600.anb.n3.s1", "s-600", Variant.ANB, 3, 1, shared.jobId());
        Checkpoint parent = store(finalKey(shared), checkpoint(shared, 8, 8));

        JobStart.Train train = (JobStart.Train) decide(anb);

        assertThat(train.source()).isSameAs(parent);
        assertThat(finalKey(shared)).startsWith("experiments/s-60/");
    }

    @Test
    void aTransferJobWhoseParentIsMissingFails() {
        assertThatThrownBy(() -> decide(BNB)).isInstanceOf(IllegalStateException.class)
                .hasMessage("parent checkpoint missing for " + BNB.jobId());
    }

    /** An unreadable latest checkpoint costs its head start, not the job. */
    @Test
    void anUnreadableLatestCheckpointIsTrainedPastFromTheStart() {
        Checkpoint parent = store(finalKey(BASE), checkpoint(BASE, 8, 8));

        JobStart start = JobStart.decide(BNB, this::manifest, key -> {
            if (key.equals(latestKey(BNB))) {
                throw new CorruptObjectException(key + ": digest mismatch");
            }
            return load(key);
        });

        assertThat(start).isEqualTo(new JobStart.Train(parent, null));
    }

    private JobStart decide(PlannedJob job) {
        return JobStart.decide(job, this::manifest, this::load);
    }

    private Optional<CheckpointManifest> manifest(String key) {
        return Optional.ofNullable(stored.get(key)).map(Checkpoint::manifest);
    }

    private Optional<Checkpoint> load(String key) {
        loaded.add(key);
        return Optional.ofNullable(stored.get(key));
    }

    private Checkpoint store(String key, Checkpoint checkpoint) {
        stored.put(key, checkpoint);
        return checkpoint;
    }

    /** A checkpoint without its net: only the manifest matters to the decision. */
    private static Checkpoint checkpoint(PlannedJob job, long iteration, long total) {
        TrainingProgress progress = new TrainingProgress(0, iteration, total, List.of());
        return new Checkpoint(null, new CheckpointManifest(CheckpointManifest.checkpointId(job.jobId(), iteration),
                job.jobId(), job.variant(), job.depth(), 2, progress.finished(), progress, null));
    }

    private static String finalKey(PlannedJob job) {
        return ObjectKeys.finalCheckpoint(job.experimentId(), job.jobId());
    }

    private static String latestKey(PlannedJob job) {
        return ObjectKeys.latestCheckpoint(job.experimentId(), job.jobId());
    }
}
