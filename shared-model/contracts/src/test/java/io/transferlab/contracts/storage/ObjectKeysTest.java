package io.transferlab.contracts.storage;

import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObjectKeysTest {

    @Test
    void keysOfPlannedJobsLieUnderTheirExperiment() {
        String job = PlannedJob.id("exp-1", Variant.ANB_PLUS, 3, 2);

        assertThat(ObjectKeys.finalCheckpoint("exp-1", job))
                .isEqualTo("experiments/exp-1/checkpoints/exp-1.anb-plus.n3.s2/final.zip");
        assertThat(ObjectKeys.latestCheckpoint("exp-1", job))
                .isEqualTo("experiments/exp-1/checkpoints/exp-1.anb-plus.n3.s2/latest.zip");
        assertThat(ObjectKeys.evaluation("exp-1", job))
                .isEqualTo("experiments/exp-1/evaluations/exp-1.anb-plus.n3.s2.json");
    }

    @Test
    void aDrawsShardsNameItsDataSeedAndTheSharedOnesDoNot() {
        assertThat(ObjectKeys.drawShard("exp-1", Half.B, "train", 3))
                .isEqualTo("experiments/exp-1/shards/b-train-d3.tlsh");
        assertThat(ObjectKeys.shard("exp-1", Half.A, "test")).isEqualTo("experiments/exp-1/shards/a-test.tlsh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../other", "Exp", "exp/../x", "", "exp\u0000"})
    void anExperimentIdThatIsNotOneIsRefused(String id) {
        assertThatThrownBy(() -> ObjectKeys.experiment(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not an experiment id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"exp-1.base-a.n0.s1/../../exp-2.base-a.n0.s1", "exp-2.base-a.n0.s1", "exp-1",
            "exp-1.a.b", "exp-1.../x/y", "exp-1.base-a.n0.s1/x"})
    void aJobIdThatIsNotOneOfTheExperimentIsRefused(String job) {
        assertThatThrownBy(() -> ObjectKeys.finalCheckpoint("exp-1", job)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a job id of experiment exp-1");
    }
}
