package io.transferlab.aggregator.results;

import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.StudyLevelResult;
import io.transferlab.contracts.messaging.StudyResult;
import io.transferlab.contracts.messaging.TransferGain;
import io.transferlab.contracts.spec.StudyAxis;
import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class StudiesTest {

    private final ExperimentStore store = new ExperimentStore();
    private final Studies studies = new Studies(store);

    @Test
    void aStudyIsItsAcceptedLevelsAndCompleteOnlyWhenEveryLevelIs() {
        store.accepted(TinyStudy.accepted("st", 1)); // the request's second level, read first
        assertThat(studies.summaries()).extracting(StudySummary::studyId, StudySummary::axis, StudySummary::state,
                StudySummary::levelsDone, StudySummary::levelsTotal)
                .containsExactly(tuple("st", StudyAxis.TARGET_SIZE, ExperimentState.ACCEPTED, 0, 2));
        assertThat(studies.studyOf(TinyStudy.levelId("st", 1))).contains("st");

        TinyStudy.evaluations("st", 1).forEach(store::evaluated);
        TinyStudy.estimates("st", 1).forEach(store::estimated);
        assertThat(studies.summaries().get(0).state()).as("the shared baseA is not evaluated yet")
                .isEqualTo(ExperimentState.RUNNING);
        assertThat(studies.summaries().get(0).levelsDone()).isZero();

        TinyStudy.evaluations("st", 0).forEach(store::evaluated); // level 1's nets, before level 1 is accepted
        TinyStudy.estimates("st", 0).forEach(store::estimated);
        assertThat(studies.summaries().get(0).levelsDone()).isEqualTo(1);
        assertThat(studies.result("st", 5)).as("a level is not accepted yet").isEmpty();
        assertThat(studies.detail("st", 5).orElseThrow().result()).isNull();

        store.accepted(TinyStudy.accepted("st", 0));
        StudyDetail detail = studies.detail("st", 5).orElseThrow();
        assertThat(detail.state()).isEqualTo(ExperimentState.COMPLETE);
        assertThat(detail.levels()).extracting(StudyDetail.Level::label, StudyDetail.Level::experimentId,
                        StudyDetail.Level::jobsDone, StudyDetail.Level::jobsTotal)
                .containsExactly(tuple("60", "st-60", 8, 8), tuple("600", "st-600", 8, 8));
        assertThat(detail.result()).isEqualTo(studies.result("st", 5).orElseThrow());
    }

    @Test
    void theResultHasTheGainsPerLevelTheFindingAndTheAdvice() {
        complete("st");

        StudyResult result = studies.result("st", 7).orElseThrow();

        assertThat(result.metric()).isEqualTo("bestValidation");
        assertThat(result.completedAt()).isEqualTo(7);
        assertThat(result.levels()).extracting(StudyLevelResult::label, StudyLevelResult::value,
                StudyLevelResult::specDigest).containsExactly(
                tuple("60", 60.0, TinyStudy.accepted("st", 0).specDigest()),
                tuple("600", 600.0, TinyStudy.accepted("st", 1).specDigest()));
        assertThat(gain(result, "60", Variant.ANB_PLUS).mean()).isCloseTo(0.05 + 0.0, within(0.002));
        assertThat(gain(result, "600", Variant.ANB_PLUS).mean()).isCloseTo(0.01, within(0.002));
        assertThat(gain(result, "600", Variant.ANB).mean()).isCloseTo(-0.02, within(0.002));
        assertThat(gain(result, "60", Variant.ANB).seeds()).isEqualTo(2);
        assertThat(result.finding().key()).isEqualTo("small-target");
        assertThat(result.advice()).extracting(advice -> advice.level(), advice -> advice.best().variant())
                .containsExactly(tuple("60", Variant.ANB_PLUS), tuple("600", Variant.ANB_PLUS));
        assertThat(studies.current("st", 7)).contains(result);
    }

    @Test
    void aResultReadBackIsPublished() {
        complete("st");
        assertThat(studies.resultPublished("st")).isFalse();

        studies.resultSeen(studies.result("st", 1).orElseThrow());

        assertThat(studies.resultPublished("st")).isTrue();
        assertThat(studies.ids()).containsExactly("st");
    }

    @Test
    void plainExperimentsAreNoStudy() {
        store.accepted(Evaluations.accepted("plain", List.of(Evaluations.job("plain", Variant.BASE_B, 0, 1))));

        assertThat(studies.summaries()).isEmpty();
        assertThat(studies.studyOf("plain")).isEmpty();
        assertThat(studies.detail("plain", 1)).isEmpty();
    }

    private void complete(String studyId) {
        for (int level = 0; level < 2; level++) {
            store.accepted(TinyStudy.accepted(studyId, level));
            TinyStudy.evaluations(studyId, level).forEach((EvaluationCompleted event) -> store.evaluated(event));
            TinyStudy.estimates(studyId, level).forEach(store::estimated);
        }
    }

    private static TransferGain gain(StudyResult result, String level, Variant variant) {
        return result.gains().stream().filter(g -> g.level().equals(level) && g.variant() == variant
                && g.depth() == 1).findFirst().orElseThrow();
    }
}
