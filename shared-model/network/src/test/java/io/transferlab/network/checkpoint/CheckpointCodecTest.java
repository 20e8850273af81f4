package io.transferlab.network.checkpoint;

import io.transferlab.contracts.messaging.CheckpointManifest;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.NetArchitecture;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.network.Fixtures;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.training.CheckpointSink;
import io.transferlab.network.training.CodeVersion;
import io.transferlab.network.training.JobRunner;
import io.transferlab.network.training.JobSetup;
import io.transferlab.network.training.ProgressListener;
import io.transferlab.network.training.StopSignal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointCodecTest {

    private static TensorSet data;
    private static Checkpoint base;

    @BeforeAll
    static void trainBase() {
        data = Fixtures.images(3, 10, 8);
        PlannedJob job = new PlannedJob("e.baseb.n0.s2", "e", Variant.BASE_B, 0, 2, null);
        base = new JobRunner(new JobSetup(job, NetArchitecture.COMPACT8, Fixtures.BUDGET, Fixtures.EVALUATION, "s", "d",
                false), ProgressListener.NONE, CheckpointSink.NONE, StopSignal.NEVER).run(data, data, null, null);
    }

    @Test
    void roundTripKeepsWeightsOutputsAndManifest() throws IOException {
        Checkpoint restored = CheckpointCodec.decode(CheckpointCodec.encode(base), "base");
        assertThat(restored.manifest()).isEqualTo(base.manifest());
        assertThat(restored.net().params().toFloatVector()).containsExactly(base.net().params().toFloatVector());
        assertThat(restored.net().output(data.batch(0, 8).getFeatures()).toFloatMatrix())
                .isDeepEqualTo(base.net().output(data.batch(0, 8).getFeatures()).toFloatMatrix());
    }

    @Test
    void aMidTrainingCheckpointKeepsTheUpdaterStateAndAFinalOneLeavesItOut() throws IOException {
        Checkpoint middle = new Checkpoint(base.net(), new CheckpointManifest(base.manifest().checkpointId(),
                base.manifest().jobId(), base.manifest().variant(), base.manifest().depth(),
                base.manifest().numClasses(), false, base.manifest().progress(), base.manifest().provenance()));
        byte[] withUpdater = CheckpointCodec.encode(middle);
        byte[] complete = CheckpointCodec.encode(base);

        Checkpoint resumable = CheckpointCodec.decode(withUpdater, "middle");
        assertThat(resumable.net().getUpdater().getStateViewArray().toFloatVector())
                .containsExactly(base.net().getUpdater().getStateViewArray().toFloatVector());
        assertThat(entries(complete)).containsExactly("manifest.json", "model.zip");
        assertThat(modelEntries(complete)).doesNotContain("updaterState.bin");
        assertThat(modelEntries(withUpdater)).contains("updaterState.bin");
        // Nesterov momentum keeps one value per parameter: the final checkpoint is about half the size.
        assertThat((double) complete.length / withUpdater.length).isBetween(0.4, 0.6);
    }

    @Test
    void manifestCarriesProgressAndProvenance() {
        CheckpointManifest m = base.manifest();
        assertThat(m.checkpointId()).isEqualTo("e.baseb.n0.s2@12");
        assertThat(m.complete()).isTrue();
        assertThat(m.numClasses()).isEqualTo(3);
        assertThat(m.progress().iteration()).isEqualTo(12);
        assertThat(m.provenance().specDigest()).isEqualTo("s");
        assertThat(m.provenance().dataDigest()).isEqualTo("d");
        assertThat(m.provenance().seed()).isEqualTo(2);
        assertThat(m.provenance().codeVersion()).isEqualTo(CodeVersion.get()).isNotEqualTo("unknown");
    }

    @Test
    void transferCheckpointNamesItsParent() {
        PlannedJob job = new PlannedJob("e.bnb.n2.s2", "e", Variant.BNB, 2, 2, "e.baseb.n0.s2");
        Checkpoint child = new JobRunner(new JobSetup(job, NetArchitecture.COMPACT8, Fixtures.BUDGET, Fixtures.EVALUATION,
                "s", "d", false), ProgressListener.NONE, CheckpointSink.NONE, StopSignal.NEVER)
                .run(data, data, base, null);
        assertThat(child.manifest().provenance().parentCheckpointId()).isEqualTo("e.baseb.n0.s2@12");
        // Common random numbers: the child shares its base net's streams, but the job seed tells the two apart.
        assertThat(child.manifest().provenance().initSeed()).isEqualTo(base.manifest().provenance().initSeed());
        assertThat(child.manifest().provenance().jobSeed()).isNotEqualTo(base.manifest().provenance().jobSeed());
    }

    @Test
    void truncatedCheckpointIsRejectedWithItsName() {
        byte[] bytes = CheckpointCodec.encode(base);
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
        assertThatThrownBy(() -> CheckpointCodec.decode(truncated, "ckpt/e.baseb.n0.s2@12.zip"))
                .isInstanceOf(IOException.class).hasMessageContaining("ckpt/e.baseb.n0.s2@12.zip");
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    /** The entries of DL4J's model zip inside the checkpoint. */
    private static List<String> modelEntries(byte[] checkpoint) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(checkpoint))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("model.zip")) {
                    return entries(in.readAllBytes());
                }
            }
        }
        throw new AssertionError("no model.zip");
    }
}
