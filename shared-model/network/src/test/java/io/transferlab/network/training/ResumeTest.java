package io.transferlab.network.training;

import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.NetArchitecture;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.network.Fixtures;
import io.transferlab.network.checkpoint.Checkpoint;
import io.transferlab.network.checkpoint.CheckpointCodec;
import io.transferlab.network.data.TensorSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job killed after a mid-training checkpoint and resumed from it must end where the uninterrupted job ends. Batch
 * order and dropout masks are functions of (seed, iteration) and the updater state travels in the checkpoint, so on
 * the CPU backend with a fixed thread count the two runs are expected to be bit-identical; the test allows no slack.
 */
class ResumeTest {

    private static final PlannedJob JOB = new PlannedJob("exp.basea.n0.s1", "exp", Variant.BASE_A, 0, 1, null);
    private static final JobSetup SETUP = new JobSetup(JOB, NetArchitecture.COMPACT8, Fixtures.BUDGET, Fixtures.EVALUATION,
            "spec-digest", "data-digest", false);

    @Test
    void resumedRunEndsEqualToUninterruptedRun() throws IOException {
        TensorSet data = Fixtures.images(3, 20, 4);
        List<byte[]> checkpoints = new ArrayList<>();
        Checkpoint uninterrupted = runner(c -> checkpoints.add(CheckpointCodec.encode(c))).run(data, data, null, null);
        assertThat(checkpoints).hasSize(3);

        Checkpoint middle = CheckpointCodec.decode(checkpoints.get(0), "middle");
        assertThat(middle.manifest().complete()).isFalse();
        assertThat(middle.manifest().progress().iteration()).isEqualTo(4);
        List<Long> resumedAt = new ArrayList<>();
        Checkpoint resumed = runner(c -> resumedAt.add(c.manifest().progress().iteration()))
                .run(data, data, null, middle);

        assertThat(resumedAt).containsExactly(8L, 12L);
        assertThat(resumed.manifest().complete()).isTrue();
        assertThat(resumed.net().params().toFloatVector()).containsExactly(uninterrupted.net().params().toFloatVector());
        assertThat(resumed.manifest().progress()).isEqualTo(uninterrupted.manifest().progress());
        assertThat(resumed.manifest().progress().validations()).hasSize(3);
    }

    @Test
    void aJobStoppedBetweenCheckpointsSavesWhereItStoppedAndResumesFromThereToTheSameEnd() throws IOException {
        TensorSet data = Fixtures.images(3, 20, 4);
        Checkpoint uninterrupted = runner(CheckpointSink.NONE).run(data, data, null, null);

        AtomicLong steps = new AtomicLong();
        ProgressListener counting = new ProgressListener() {
            @Override
            public void onIteration(IterationStats stats) {
                steps.set(stats.iteration());
            }
        };
        List<byte[]> saved = new ArrayList<>();
        Checkpoint stopped = new JobRunner(SETUP, counting, c -> saved.add(CheckpointCodec.encode(c)),
                () -> steps.get() == 6).run(data, data, null, null);
        assertThat(stopped.manifest().complete()).isFalse();
        assertThat(stopped.manifest().progress().iteration()).isEqualTo(6);
        assertThat(saved).as("the periodic checkpoint at 4, then the one where it stopped").hasSize(2);
        Checkpoint handedOver = CheckpointCodec.decode(saved.get(1), "handed-over");
        assertThat(handedOver.manifest().complete()).isFalse();
        assertThat(handedOver.manifest().progress().iteration()).isEqualTo(6);

        Checkpoint resumed = runner(CheckpointSink.NONE).run(data, data, null, handedOver);
        assertThat(resumed.manifest().complete()).isTrue();
        assertThat(resumed.net().params().toFloatVector()).containsExactly(uninterrupted.net().params().toFloatVector());
        assertThat(resumed.manifest().progress()).isEqualTo(uninterrupted.manifest().progress());
    }

    @Test
    void aStopRightAfterACheckpointOrBeforeTheFirstStepSavesNothingMore() {
        TensorSet data = Fixtures.images(3, 20, 4);
        List<Long> saved = new ArrayList<>();
        Checkpoint atOnce = runner(c -> saved.add(c.manifest().progress().iteration()), () -> true)
                .run(data, data, null, null);
        assertThat(atOnce.manifest().progress().iteration()).isZero();
        assertThat(saved).isEmpty();

        Checkpoint atFour = runner(c -> saved.add(c.manifest().progress().iteration()), () -> saved.contains(4L))
                .run(data, data, null, null);
        assertThat(atFour.manifest().progress().iteration()).isEqualTo(4);
        assertThat(saved).containsExactly(4L);
    }

    @Test
    void completedCheckpointIsNotTrainedAgain() throws IOException {
        TensorSet data = Fixtures.images(3, 10, 5);
        Checkpoint done = runner(CheckpointSink.NONE).run(data, data, null, null);
        Checkpoint restored = CheckpointCodec.decode(CheckpointCodec.encode(done), "done");
        List<Checkpoint> saved = new ArrayList<>();
        Checkpoint again = runner(saved::add).run(data, data, null, restored);
        assertThat(saved).isEmpty();
        assertThat(again.net().params().toFloatVector()).containsExactly(done.net().params().toFloatVector());
    }

    private static JobRunner runner(CheckpointSink sink) {
        return runner(sink, StopSignal.NEVER);
    }

    private static JobRunner runner(CheckpointSink sink, StopSignal stop) {
        return new JobRunner(SETUP, ProgressListener.NONE, sink, stop);
    }
}
