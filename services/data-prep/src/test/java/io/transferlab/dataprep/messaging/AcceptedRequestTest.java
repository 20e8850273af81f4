package io.transferlab.dataprep.messaging;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.contracts.json.Digests;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentShards;
import io.transferlab.contracts.messaging.HalfShards;
import io.transferlab.contracts.messaging.SeedShards;
import io.transferlab.contracts.messaging.ShardRef;
import io.transferlab.contracts.messaging.JobPartitions;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.contracts.messaging.TrainingJob;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.plan.Planner;
import io.transferlab.contracts.spec.DataDraw;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.spec.SplitSpec;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.data.shard.ShardCodec;
import io.transferlab.dataprep.Outputs;
import io.transferlab.dataprep.Requests;
import io.transferlab.dataprep.TestData;
import io.transferlab.service.storage.StorageConfig;
import io.transferlab.storage.ObjectStore;
import io.transferlab.testsupport.LocalServersResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.transferlab.dataprep.Requests.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@QuarkusTest
@QuarkusTestResource(value = LocalServersResource.class)
class AcceptedRequestTest {

    /** Base A, base B, and RnB at each of the two depths: the nets that wait on no other net. */
    private static final int ROOT_JOBS = 2 + Requests.DEPTHS.size();

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Inject
    ObjectStore store;

    @Inject
    StorageConfig storage;

    @Test
    void validRequestIsPlannedItsShardsStoredAndItsRootJobsPublished() {
        String id = Requests.uniqueId("valid");
        ExperimentSpec spec = Requests.small(id, TestData.mnist().toString());
        try (Outputs out = Outputs.about(companion, id)) {
            publish(companion, id, Json.write(spec));
            out.await(Topics.JOBS, ROOT_JOBS);

            assertThat(out.rejections()).isEmpty();
            assertThat(out.keys(Topics.EXPERIMENTS)).containsExactly(id);
            ExperimentAccepted accepted = out.accepted().get(0);
            ResolvedSpec resolved = spec.resolve();
            assertThat(accepted.experimentId()).isEqualTo(id);
            assertThat(accepted.spec()).isEqualTo(resolved);
            assertThat(accepted.specDigest()).isEqualTo(Json.digest(resolved));
            assertThat(accepted.plan()).isEqualTo(Planner.plan(resolved)).hasSize(6);
            assertShardsStored(id, accepted.shards());
            assertThat(store.exists(ObjectKeys.accepted(id))).isTrue();

            assertThat(out.jobs())
                    .extracting(job -> job.job().jobId(), job -> job.job().parentJobId(), TrainingJob::specDigest,
                            TrainingJob::shards)
                    .containsExactlyInAnyOrder(
                            tuple(PlannedJob.id(id, Variant.BASE_A, 0, 1), null, accepted.specDigest(), accepted.shards()),
                            tuple(PlannedJob.id(id, Variant.BASE_B, 0, 1), null, accepted.specDigest(), accepted.shards()),
                            tuple(PlannedJob.id(id, Variant.RNB, 1, 1), null, accepted.specDigest(), accepted.shards()),
                            tuple(PlannedJob.id(id, Variant.RNB, 2, 1), null, accepted.specDigest(), accepted.shards()));
            assertThat(out.keys(Topics.JOBS)).containsExactlyInAnyOrderElementsOf(
                    out.jobs().stream().map(job -> job.job().jobId()).toList());
            // Each on the partition of its place in the plan: four jobs, four partitions (a hash could share one).
            Map<String, Integer> partitions = out.partitions(Topics.JOBS);
            assertThat(out.jobs()).allSatisfy(job -> assertThat(partitions.get(job.job().jobId()))
                    .isEqualTo(JobPartitions.of(job)));
            assertThat(partitions.values()).doesNotHaveDuplicates();
        }
    }

    @Test
    void sameRequestIsAnsweredAgainAndADifferentOneUnderItsIdRejected() {
        String id = Requests.uniqueId("twice");
        ExperimentSpec spec = Requests.small(id, TestData.mnist().toString());
        try (Outputs out = Outputs.about(companion, id)) {
            publish(companion, id, Json.write(spec));
            out.await(Topics.JOBS, ROOT_JOBS);
            publish(companion, id, Json.write(spec));
            out.await(Topics.JOBS, 2 * ROOT_JOBS);

            assertThat(out.rejections()).isEmpty();
            assertThat(out.accepted()).hasSize(2);
            assertThat(out.accepted().get(1)).isEqualTo(out.accepted().get(0));
            assertThat(out.jobs().subList(ROOT_JOBS, 2 * ROOT_JOBS))
                    .containsExactlyInAnyOrderElementsOf(out.jobs().subList(0, ROOT_JOBS));

            publish(companion, id, Json.write(Requests.withDepths(spec, List.of(1))));
            out.await(Topics.REJECTIONS, 1);

            assertThat(out.rejections()).singleElement().satisfies(rejected -> {
                assertThat(rejected.experimentId()).isEqualTo(id);
                assertThat(rejected.reasons())
                        .containsExactly("experimentId: '" + id + "' is already used by a different request");
            });
            assertThat(out.accepted()).hasSize(2);
            assertThat(out.jobs()).hasSize(2 * ROOT_JOBS);
        }
    }

    @Test
    void dataSetIsReadFromAnAllowedS3Prefix() {
        String id = Requests.uniqueId("from-s3");
        String prefix = "datasets/" + id + "/";
        TestData.upload(store, TestData.mnist(), prefix);
        ExperimentSpec spec = Requests.small(id, "s3://" + storage.bucket() + "/" + prefix);
        try (Outputs out = Outputs.about(companion, id)) {
            publish(companion, id, Json.write(spec));
            out.await(Topics.JOBS, ROOT_JOBS);

            assertThat(out.rejections()).isEmpty();
            assertThat(out.accepted()).hasSize(1);
            ExperimentShards shards = out.accepted().get(0).shards();
            assertShardsStored(id, shards);
            assertThat(Stream.of(shards.a(), shards.b()).map(h -> h.of(1))
                    .mapToInt(s -> s.train().count() + s.validation().count()).sum())
                    .isEqualTo(TestData.CLASSES * TestData.TRAIN_PER_CLASS);
            assertThat(shards.a().test().count() + shards.b().test().count())
                    .isEqualTo(TestData.CLASSES * TestData.TEST_PER_CLASS);
        }
    }

    @Test
    void eachDrawIsStoredOnceUnderItsDataSeedAndTheTestShardIsSharedBySeeds() {
        String id = Requests.uniqueId("paired");
        ExperimentSpec spec = Requests.withSeeds(Requests.withSplit(Requests.small(id, TestData.mnist().toString()),
                new SplitSpec(null, null, 1L, null, null, null, DataDraw.PAIRED_SEEDS)), List.of(1L, 2L, 3L, 4L));
        try (Outputs out = Outputs.about(companion, id)) {
            publish(companion, id, Json.write(spec));
            out.await(Topics.JOBS, 4 * ROOT_JOBS);

            assertThat(out.rejections()).isEmpty();
            ExperimentShards shards = out.accepted().get(0).shards();
            assertShardsStored(id, shards);
            for (Half half : Half.values()) {
                HalfShards parts = shards.half(half);
                assertThat(parts.seeds()).extracting(SeedShards::seed, SeedShards::dataSeed)
                        .containsExactly(tuple(1L, 1L), tuple(2L, 1L), tuple(3L, 2L), tuple(4L, 2L));
                assertThat(parts.of(2)).extracting(SeedShards::train, SeedShards::validation)
                        .containsExactly(parts.of(1).train(), parts.of(1).validation());
                assertThat(parts.of(3).train().digest()).isNotEqualTo(parts.of(1).train().digest());
                assertThat(parts.of(3).validation().digest()).isNotEqualTo(parts.of(1).validation().digest());
            }
        }
    }

    @Test
    void pairedSeedsWithoutTheirPartnerAreRejected() {
        String id = Requests.uniqueId("unpaired");
        ExperimentSpec spec = Requests.withSeeds(Requests.withSplit(Requests.small(id, TestData.mnist().toString()),
                new SplitSpec(null, null, 1L, null, null, null, DataDraw.PAIRED_SEEDS)), List.of(1L, 2L, 3L));
        try (Outputs out = Outputs.about(companion, id)) {
            publish(companion, id, Json.write(spec));
            out.await(Topics.REJECTIONS, 1);

            assertThat(out.rejections()).singleElement().satisfies(rejected -> assertThat(rejected.reasons())
                    .containsExactly("seeds: split.draw paired-seeds trains seeds 2k-1 and 2k on one data draw (k = 1,"
                            + " 2, ...), so the seeds come in pairs (1 and 2, 3 and 4, ...); [3] lack their partner"));
            assertThat(store.exists(ObjectKeys.accepted(id))).isFalse();
        }
    }

    /**
     * Each seed's training and validation shards at the keys of its draw, one test shard per half, each holding what
     * its reference says: the bytes' SHA-256 and the image count.
     */
    private void assertShardsStored(String id, ExperimentShards shards) {
        assertThat(shards.classesA()).hasSize(5).doesNotContainAnyElementsOf(shards.classesB());
        assertThat(shards.classesB()).hasSize(5);
        for (Half half : Half.values()) {
            HalfShards parts = shards.half(half);
            assertThat(parts.test().key()).isEqualTo(ObjectKeys.shard(id, half, "test"));
            List<ShardRef> refs = new ArrayList<>(List.of(parts.test()));
            for (SeedShards seed : parts.seeds()) {
                assertThat(List.of(seed.train(), seed.validation())).extracting(ShardRef::key)
                        .containsExactly(ObjectKeys.drawShard(id, half, "train", seed.dataSeed()),
                                ObjectKeys.drawShard(id, half, "validation", seed.dataSeed()));
                refs.addAll(List.of(seed.train(), seed.validation()));
            }
            for (ShardRef ref : refs) {
                byte[] bytes = store.get(ref.key()).orElseThrow();
                assertThat(Digests.sha256(bytes)).as(ref.key()).isEqualTo(ref.digest());
                assertThat(ShardCodec.digest(ShardCodec.decode(bytes, ref.key()))).isEqualTo(ref.digest());
                assertThat(ShardCodec.decode(bytes, ref.key()).count()).as(ref.key()).isEqualTo(ref.count())
                        .isPositive();
            }
        }
    }
}
