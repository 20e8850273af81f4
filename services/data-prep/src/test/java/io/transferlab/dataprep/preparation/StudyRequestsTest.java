package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.StudyLevelRef;
import io.transferlab.contracts.messaging.TrainingJob;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.StudyAxis;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.service.storage.AcceptedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A study request read, checked and expanded by the handler, without Quarkus, a broker or object storage. */
class StudyRequestsTest {

    @TempDir
    Path root;

    private final AcceptedStore accepted = Handlers.memory();

    @Test
    void aSizeStudyBecomesOneExperimentPerLevelSharingTheNetsOfHalfA() throws Exception {
        Outcome.Accepted outcome = accept(study("sz", "\"targetSize\": [60, 600]"));

        assertThat(outcome.events()).extracting(ExperimentAccepted::experimentId).containsExactly("sz-60", "sz-600");
        assertThat(outcome.events()).extracting(ExperimentAccepted::study).containsExactly(
                new StudyLevelRef("sz", StudyAxis.TARGET_SIZE, "60", 60, 0, 2, 0.01),
                new StudyLevelRef("sz", StudyAxis.TARGET_SIZE, "600", 600, 1, 2, 0.01));
        assertThat(outcome.events().get(1).spec().budget().trainImagesB().count()).isEqualTo(600);
        ExperimentAccepted second = outcome.events().get(1);
        for (long seed : List.of(1L, 2L)) {
            PlannedJob baseA = job(second, Variant.BASE_A, 0, seed);
            assertThat(baseA.jobId()).isEqualTo("sz-60.basea.n0.s" + seed);
            assertThat(baseA.experimentId()).isEqualTo("sz-60");
            assertThat(job(second, Variant.ANB, 1, seed).parentJobId()).isEqualTo(baseA.jobId());
            assertThat(job(second, Variant.BASE_B, 0, seed).experimentId()).isEqualTo("sz-600");
        }

        Map<String, TrainingJob> roots = outcome.roots().stream()
                .collect(Collectors.toMap(root -> root.job().jobId(), Function.identity()));
        assertThat(roots).containsOnlyKeys("sz-60.basea.n0.s1", "sz-60.basea.n0.s2", "sz-60.baseb.n0.s1",
                "sz-60.baseb.n0.s2", "sz-600.baseb.n0.s1", "sz-600.baseb.n0.s2");
        TrainingJob sharedBase = roots.get("sz-60.basea.n0.s1");
        assertThat(sharedBase.spec().experimentId()).isEqualTo("sz-60");
        assertThat(sharedBase.dependents()).extracting(d -> d.job().jobId()).containsExactlyInAnyOrder(
                "sz-60.anb.n1.s1", "sz-60.anb-plus.n1.s1", "sz-600.anb.n1.s1", "sz-600.anb-plus.n1.s1");
        assertThat(sharedBase.dependents()).filteredOn(d -> d.job().experimentId().equals("sz-600"))
                .allSatisfy(d -> assertThat(d.spec().experimentId()).isEqualTo("sz-600"));
        assertThat(accepted.find("sz-600")).contains(second);
    }

    @Test
    void aSharedNetThatCopiesFromASharedNetIsReleasedOnceByTheFirstLevel() throws Exception {
        Outcome.Accepted outcome = accept(bytes("""
                {"studyId": "aa", "design": {"dataset": {"name": "mnist", "location": "%s"},
                 "variants": ["baseB", "AnB", "AnA", "RnA"], "depths": [1], "seeds": [1]},
                 "axis": {"targetSize": [60, 600, 6000]}}
                """.formatted(data())));

        for (ExperimentAccepted level : outcome.events()) {
            assertThat(job(level, Variant.ANA, 1, 1)).isEqualTo(job(outcome.events().get(0), Variant.ANA, 1, 1));
            assertThat(job(level, Variant.RNA, 1, 1).jobId()).isEqualTo("aa-60.rna.n1.s1");
        }
        assertThat(outcome.roots()).extracting(root -> root.job().jobId()).containsExactlyInAnyOrder(
                "aa-60.basea.n0.s1", "aa-60.rna.n1.s1", "aa-60.baseb.n0.s1", "aa-600.baseb.n0.s1",
                "aa-6000.baseb.n0.s1");
        TrainingJob sharedBase = outcome.roots().get(0);
        assertThat(sharedBase.job().jobId()).isEqualTo("aa-60.basea.n0.s1");
        assertThat(sharedBase.dependents()).extracting(d -> d.job().jobId(), d -> d.spec().experimentId())
                .containsExactlyInAnyOrder(tuple("aa-60.ana.n1.s1", "aa-60"), tuple("aa-60.anb.n1.s1", "aa-60"),
                        tuple("aa-600.anb.n1.s1", "aa-600"), tuple("aa-6000.anb.n1.s1", "aa-6000"));
    }

    @Test
    void aSplitStudySharesNothing() throws Exception {
        Outcome.Accepted outcome = accept(study("ds", """
                "splits": [{"name": "near", "split": {"randomSeed": 3}},
                           {"name": "far", "split": {"classesA": [0, 1, 2, 3, 4], "classesB": [5, 6, 7, 8, 9]}}]"""));

        assertThat(outcome.events()).extracting(ExperimentAccepted::experimentId).containsExactly("ds-near", "ds-far");
        assertThat(outcome.events().get(1).study().value()).isEqualTo(1);
        for (ExperimentAccepted event : outcome.events()) {
            assertThat(event.plan()).allSatisfy(job -> assertThat(job.experimentId()).isEqualTo(event.experimentId()));
        }
        assertThat(outcome.roots()).hasSize(8);
    }

    @Test
    void aStudyAcceptedAgainIsAnnouncedTheSame() throws Exception {
        byte[] request = study("again", "\"targetSize\": [60, 600]");
        Outcome.Accepted first = accept(request);

        assertThat(accept(request)).isEqualTo(first);
    }

    @Test
    void everyProblemIsNamedAtTheStudyRequestsOwnPath() throws Exception {
        Outcome outcome = handler().handle("k", bytes("""
                {"studyId": "bad", "design": {"dataset": {"name": "mnist", "location": "%s"}, "depths": [9],
                 "split": {"randomSeed": 1}},
                 "axis": {"splits": [{"name": "Near", "split": {"classesA": [0, 0], "classesB": [1]}},
                                     {"name": "far", "split": {"classesA": [0], "classesB": [1]}}]}}
                """.formatted(data())));

        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        Outcome.Rejected rejected = (Outcome.Rejected) outcome;
        assertThat(rejected.experimentId()).isEqualTo("bad");
        assertThat(rejected.reasons()).anySatisfy(r -> assertThat(r).startsWith("axis.splits[0].name:"))
                .anySatisfy(r -> assertThat(r).startsWith("design.split: the split axis sets"));

        Outcome levels = handler().handle("k", bytes("""
                {"studyId": "bad", "design": {"dataset": {"name": "mnist", "location": "%s"}, "depths": [9]},
                 "axis": {"targetSize": [0, 600]}}
                """.formatted(data())));
        assertThat(((Outcome.Rejected) levels).reasons())
                .anySatisfy(r -> assertThat(r).startsWith("design.depths[0]: 9 is outside 1..7"))
                .anySatisfy(r -> assertThat(r).startsWith("axis.targetSize[0]:"))
                .filteredOn(r -> r.startsWith("design.depths[0]")).hasSize(1);
    }

    @Test
    void aStudyWithoutTrainingFromScratchOrOneLevelIsRejected() throws Exception {
        Outcome outcome = handler().handle("k", bytes("""
                {"studyId": "thin", "design": {"dataset": {"name": "mnist", "location": "%s"},
                 "variants": ["baseA", "AnB"]}, "axis": {"targetSize": [60]}}
                """.formatted(data())));

        assertThat(((Outcome.Rejected) outcome).reasons())
                .anySatisfy(r -> assertThat(r).startsWith("axis.targetSize: a study needs two levels or more"))
                .anySatisfy(r -> assertThat(r).startsWith("design.variants: a study compares transfer"));
    }

    private Outcome.Accepted accept(byte[] request) {
        Outcome outcome = handler().handle("key", request);
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        return (Outcome.Accepted) outcome;
    }

    private byte[] study(String id, String axis) throws Exception {
        return bytes("""
                {"studyId": "%s", "design": {"dataset": {"name": "mnist", "location": "%s"},
                 "variants": ["baseB", "AnB", "AnB+"], "depths": [1], "seeds": [1, 2]},
                 "axis": {%s}}
                """.formatted(id, data(), axis));
    }

    private static PlannedJob job(ExperimentAccepted event, Variant variant, int depth, long seed) {
        return event.plan().stream().filter(j -> j.variant() == variant && j.depth() == depth && j.seed() == seed)
                .findFirst().orElseThrow();
    }

    private RequestHandler handler() {
        return Handlers.handler(root, accepted, spec -> Checked.of(Handlers.SHARDS));
    }

    private Path data() throws Exception {
        return Files.createDirectories(root.resolve("mnist"));
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
