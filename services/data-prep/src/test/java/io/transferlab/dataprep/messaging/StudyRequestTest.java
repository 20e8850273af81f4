package io.transferlab.dataprep.messaging;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.SeedShards;
import io.transferlab.contracts.messaging.StudyLevelRef;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.contracts.messaging.TrainingJob;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.StudyAxis;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.dataprep.Outputs;
import io.transferlab.dataprep.Requests;
import io.transferlab.dataprep.TestData;
import io.transferlab.storage.ObjectStore;
import io.transferlab.testsupport.LocalServersResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.transferlab.dataprep.Requests.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A study request on the real broker and S3 server: one accepted experiment per level, half A's nets shared. */
@QuarkusTest
@QuarkusTestResource(value = LocalServersResource.class)
class StudyRequestTest {

    /** The shared base A, then each level's base B and RnB at depths 1 and 2. */
    private static final int ROOT_JOBS = 1 + 2 * 3;

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Inject
    ObjectStore store;

    @Test
    void aSizeStudyIsAcceptedLevelByLevelAndItsBaseOfAPublishedOnceForBoth() {
        String id = Requests.uniqueId("study");
        String small = id + "-10";
        String large = id + "-20";
        try (Outputs out = Outputs.aboutStudy(companion, id)) {
            publish(companion, id, """
                    {"studyId": "%s", "design": {"dataset": {"name": "mnist", "location": "%s"},
                     "variants": ["baseA", "baseB", "AnB", "RnB"], "depths": [1, 2], "profile": "quick"},
                     "axis": {"targetSize": [10, 20]}}""".formatted(id, TestData.mnist()));
            out.await(Topics.JOBS, ROOT_JOBS);

            assertThat(out.rejections()).isEmpty();
            assertThat(out.keys(Topics.EXPERIMENTS)).containsExactly(small, large);
            List<ExperimentAccepted> levels = out.accepted();
            assertThat(levels).extracting(ExperimentAccepted::study).containsExactly(
                    new StudyLevelRef(id, StudyAxis.TARGET_SIZE, "10", 10, 0, 2, 0.01),
                    new StudyLevelRef(id, StudyAxis.TARGET_SIZE, "20", 20, 1, 2, 0.01));
            assertThat(levels).extracting(level -> level.shards().b().of(1).train().count()).containsExactly(10, 20);
            // Half A's draw depends on nothing of B's, so the shared baseA trains on the same images for both levels.
            for (int level = 1; level < levels.size(); level++) {
                SeedShards a = levels.get(level).shards().a().of(1);
                assertThat(a.train().digest()).isEqualTo(levels.get(0).shards().a().of(1).train().digest());
                assertThat(a.validation().digest()).isEqualTo(levels.get(0).shards().a().of(1).validation().digest());
            }
            assertThat(store.exists(ObjectKeys.accepted(small))).isTrue();
            assertThat(store.exists(ObjectKeys.accepted(large))).isTrue();

            String baseA = PlannedJob.id(small, Variant.BASE_A, 0, 1);
            assertThat(out.keys(Topics.JOBS)).containsExactlyInAnyOrder(baseA,
                    PlannedJob.id(small, Variant.BASE_B, 0, 1), PlannedJob.id(large, Variant.BASE_B, 0, 1),
                    PlannedJob.id(small, Variant.RNB, 1, 1), PlannedJob.id(small, Variant.RNB, 2, 1),
                    PlannedJob.id(large, Variant.RNB, 1, 1), PlannedJob.id(large, Variant.RNB, 2, 1));
            TrainingJob shared = out.jobs().stream().filter(job -> job.job().jobId().equals(baseA)).findFirst()
                    .orElseThrow();
            assertThat(shared.specDigest()).isEqualTo(levels.get(0).specDigest());
            assertThat(shared.dependents())
                    .extracting(d -> d.job().jobId(), d -> d.job().parentJobId(), TrainingJob::specDigest)
                    .containsExactlyInAnyOrder(
                            tuple(PlannedJob.id(small, Variant.ANB, 1, 1), baseA, levels.get(0).specDigest()),
                            tuple(PlannedJob.id(small, Variant.ANB, 2, 1), baseA, levels.get(0).specDigest()),
                            tuple(PlannedJob.id(large, Variant.ANB, 1, 1), baseA, levels.get(1).specDigest()),
                            tuple(PlannedJob.id(large, Variant.ANB, 2, 1), baseA, levels.get(1).specDigest()));
        }
    }

    @Test
    void aStudyThatCannotRunIsRejectedOnceUnderItsStudyId() {
        String id = Requests.uniqueId("one-level");
        try (Outputs out = Outputs.aboutStudy(companion, id)) {
            publish(companion, id, """
                    {"studyId": "%s", "design": {"dataset": {"name": "mnist", "location": "%s"}},
                     "axis": {"targetSize": [10]}}""".formatted(id, TestData.mnist()));
            out.await(Topics.REJECTIONS, 1);

            assertThat(out.rejections()).singleElement().satisfies(rejected -> {
                assertThat(rejected.experimentId()).isEqualTo(id);
                assertThat(rejected.requestKey()).isEqualTo(id);
                assertThat(rejected.reasons())
                        .containsExactly("axis.targetSize: a study needs two levels or more, 1 given");
            });
            assertThat(out.accepted()).isEmpty();
            assertThat(out.jobs()).isEmpty();
        }
    }
}
