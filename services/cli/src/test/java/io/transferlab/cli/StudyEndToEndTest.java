package io.transferlab.cli;

import io.transferlab.contracts.messaging.CheckpointReady;
import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentResult;
import io.transferlab.contracts.messaging.StudyLevelResult;
import io.transferlab.contracts.messaging.StudyResult;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.contracts.messaging.TrainingJob;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.StudyAxis;
import io.transferlab.contracts.spec.Variant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tiny study over the target set's size, submitted through the CLI to the whole system on the real broker and S3
 * server: one experiment per level, the base nets of half A trained once for both levels, every other net once per
 * level, each level's result published, and the study's gains, finding and advice printed and written.
 */
class StudyEndToEndTest {

    @Test
    void aSizeStudyRunsEachLevelAndTrainsTheSharedNetsOnce() throws Exception {
        LocalSystem system = LocalSystem.shared();
        Path data = TinyDataSet.write();
        String id = "study-" + UUID.randomUUID().toString().substring(0, 8);
        Path request = Files.writeString(data.resolve(id + ".json"), """
                {"studyId": "%s",
                 "design": {"dataset": {"name": "mnist", "location": "%s"},
                            "split": {"classesA": [0, 1], "classesB": [2, 3]}, "depths": [1, 2], "seeds": [1, 2],
                            "variants": ["baseB", "AnB", "AnB+"],
                            "budget": {"iterations": 6, "batchSize": 8, "checkpointEvery": 3},
                            "evaluation": {"validateEvery": 3, "validationImages": 20, "testImages": 40}},
                 "axis": {"targetSize": [20, 60]}}
                """.formatted(id, data));
        Path results = Files.createTempDirectory("transferlab-study-results-");

        int exit = TransferLabCli.commandLine().execute("submit", request.toString(), "--follow",
                "--kafka", system.kafka(), "--aggregator", system.aggregatorUrl(), "--results", results.toString(),
                "--timeout-minutes", "10");

        assertThat(exit).isZero();
        String study = Files.readString(results.resolve(id).resolve("study.txt"));
        assertThat(study).contains("study " + id).contains("finding small-target:").contains("advice");
        assertThat(results.resolve(id).resolve(id + "-20").resolve("scores.csv")).exists();
        assertThat(results.resolve(id).resolve("study-figure.svg")).content().contains("<svg");
        assertThat(results.resolve(id).resolve("study.json")).content().contains("\"studyId\" : \"" + id + "\"");
        assertThat(CliRun.of("list", "--aggregator", system.aggregatorUrl()).output())
                .containsPattern(id + "-20 +COMPLETE").containsPattern(id + " +TARGET_SIZE +COMPLETE +2/2");
        try (TopicRecorder recorder = new TopicRecorder(system.kafka(), Topics.ALL)) {
            recorder.until(r -> r.stream().filter(x -> x.topic().equals(Topics.RESULTS)
                    && x.key().startsWith(id + "-")).count() == 2
                    && r.stream().anyMatch(x -> x.topic().equals(Topics.STUDY_RESULTS) && x.key().equals(id)),
                    Duration.ofMinutes(2));
            List<ConsumerRecord<String, String>> records = recorder.settle(Duration.ofSeconds(3)).stream()
                    .filter(r -> r.key() != null && r.key().startsWith(id)).toList();
            SchemaAssertions.assertMatchTheirTopicSchemas(records);

            List<ExperimentAccepted> levels = TopicRecorder.values(records, Topics.EXPERIMENTS,
                    ExperimentAccepted.class);
            assertThat(levels).extracting(ExperimentAccepted::experimentId)
                    .containsExactlyInAnyOrder(id + "-20", id + "-60");
            assertThat(levels).allSatisfy(level -> assertThat(level.study().axis()).isEqualTo(StudyAxis.TARGET_SIZE));
            Set<String> planned = levels.stream().flatMap(level -> level.plan().stream()).map(PlannedJob::jobId)
                    .collect(Collectors.toSet());
            // Per seed: baseA once for both levels, then per level baseB, AnB and AnB+ at n = 1, 2.
            assertThat(planned).hasSize(2 * (1 + 2 * 5))
                    .filteredOn(job -> job.contains(".basea.")).allSatisfy(job -> assertThat(job).startsWith(id + "-20."));
            assertThat(countBy(TopicRecorder.values(records, Topics.JOBS, TrainingJob.class), j -> j.job().jobId()))
                    .containsOnlyKeys(planned).allSatisfy((job, n) -> assertThat(n).as(job).isEqualTo(1L));
            assertThat(countBy(TopicRecorder.values(records, Topics.CHECKPOINTS, CheckpointReady.class),
                    c -> c.job().jobId())).containsOnlyKeys(planned).allSatisfy((job, n) -> assertThat(n).isEqualTo(1L));
            assertThat(countBy(TopicRecorder.values(records, Topics.EVALUATIONS, EvaluationCompleted.class),
                    e -> e.job().jobId())).containsOnlyKeys(planned);
            List<ExperimentResult> published = TopicRecorder.values(records, Topics.RESULTS, ExperimentResult.class);
            assertThat(published).extracting(ExperimentResult::experimentId)
                    .containsExactlyInAnyOrder(id + "-20", id + "-60");
            assertThat(published).allSatisfy(result -> assertThat(result.jobs()).isEqualTo(2 * (1 + 5)));
            assertThat(published).allSatisfy(result -> assertThat(result.cells())
                    .anySatisfy(cell -> assertThat(cell.variant()).isEqualTo(Variant.BASE_A)));
            List<StudyResult> studies = TopicRecorder.values(records, Topics.STUDY_RESULTS, StudyResult.class);
            assertThat(studies).singleElement().satisfies(result -> {
                assertThat(result.levels()).extracting(StudyLevelResult::experimentId)
                        .containsExactly(id + "-20", id + "-60");
                assertThat(result.finding().key()).isEqualTo("small-target");
                assertThat(result.advice()).hasSize(2);
            });
        }
    }

    private static <T> Map<String, Long> countBy(List<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
