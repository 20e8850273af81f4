package io.transferlab.trainer.messaging;

import io.transferlab.contracts.messaging.CheckpointManifest;
import io.transferlab.contracts.messaging.CheckpointReady;
import io.transferlab.contracts.messaging.TrainingJob;
import io.transferlab.contracts.messaging.TrainingProgress;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.testsupport.TinyExperiment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a finished job announces; the dependents it releases are its message's (TrainingJobTest), the sends themselves
 * (acked, on the real broker) are TrainerServiceTest's.
 */
class JobAnnouncerTest {

    private static final TinyExperiment EXPERIMENT = TinyExperiment.create("announcer",
            List.of(Variant.BASE_B, Variant.BNB, Variant.BNB_PLUS));

    @Test
    void theCheckpointIsAnnouncedWithItsKeyAndTheTestShardOfTheHalfItTrainedOn() {
        TrainingJob message = EXPERIMENT.trainingJob(Variant.BNB);
        PlannedJob job = message.job();
        CheckpointManifest manifest = manifest(job);

        CheckpointReady ready = JobAnnouncer.ready(message, manifest, 2.5);

        assertThat(ready).isEqualTo(new CheckpointReady(job,
                ObjectKeys.finalCheckpoint(job.experimentId(), job.jobId()), manifest,
                EXPERIMENT.shards().b().test(), EXPERIMENT.spec().evaluation().bestK(), 2.5));
    }

    private static CheckpointManifest manifest(PlannedJob job) {
        TrainingProgress progress = new TrainingProgress(0, 8, 8, List.of());
        return new CheckpointManifest(CheckpointManifest.checkpointId(job.jobId(), 8), job.jobId(), job.variant(),
                job.depth(), 2, true, progress, null);
    }
}
