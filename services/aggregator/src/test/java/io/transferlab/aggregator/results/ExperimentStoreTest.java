package io.transferlab.aggregator.results;

import io.transferlab.contracts.messaging.EstimatesCompleted;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentResult;
import io.transferlab.contracts.messaging.JobStatus;
import io.transferlab.contracts.messaging.RequestRejected;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.transferlab.aggregator.results.Evaluations.evaluation;
import static io.transferlab.aggregator.results.Evaluations.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ExperimentStoreTest {

    private static final PlannedJob BASE = job("exp1", Variant.BASE_B, 0, 1);
    private static final PlannedJob TRANSFER = job("exp1", Variant.BNB, 1, 1);

    private final ExperimentStore store = new ExperimentStore();

    @Test
    void progressesFromAcceptedThroughRunningToComplete() {
        store.accepted(accepted());
        assertThat(summary()).extracting(ExperimentSummary::state, ExperimentSummary::jobsDone,
                ExperimentSummary::jobsTotal, ExperimentSummary::acceptedAt)
                .containsExactly(ExperimentState.ACCEPTED, 0, 2, accepted().acceptedAt());

        store.status(status(BASE, JobStatus.State.STARTED, null));
        assertThat(summary().state()).isEqualTo(ExperimentState.RUNNING);
        assertThat(summary().running()).isEqualTo(1);

        store.status(status(TRANSFER, JobStatus.State.FAILED, "out of memory"));
        assertThat(summary().failed()).isEqualTo(1);
        assertThat(store.detail("exp1").orElseThrow().jobs()).extracting(JobView::state, JobView::message)
                .containsExactly(tuple(JobState.RUNNING, null),
                        tuple(JobState.FAILED, "out of memory"));

        store.evaluated(evaluation(BASE, 0.8, 0.7));
        store.evaluated(evaluation(BASE, 0.8, 0.7));
        assertThat(summary().jobsDone()).isEqualTo(1);
        assertThat(store.table("exp1").orElseThrow().complete()).isFalse();

        store.evaluated(evaluation(TRANSFER, 0.6, 0.5));
        assertThat(summary()).extracting(ExperimentSummary::state, ExperimentSummary::jobsDone,
                ExperimentSummary::running, ExperimentSummary::failed)
                .containsExactly(ExperimentState.COMPLETE, 2, 0, 0);
        assertThat(store.table("exp1").orElseThrow().cells()).hasSize(2);
    }

    @Test
    void evaluationsReadBeforeTheAcceptanceStillCount() {
        store.evaluated(evaluation(BASE, 0.8, 0.7));
        store.evaluated(evaluation(TRANSFER, 0.6, 0.5));
        assertThat(store.detail("exp1")).isEmpty();
        assertThat(store.result("exp1", 1)).isEmpty();

        store.accepted(accepted());
        assertThat(summary().state()).isEqualTo(ExperimentState.COMPLETE);
    }

    @Test
    void aResultExistsOnceEveryPlannedJobIsEvaluated() {
        store.accepted(accepted());
        store.evaluated(evaluation(BASE, 0.8, 0.7));
        assertThat(store.result("exp1", 1)).isEmpty();
        store.evaluated(evaluation(TRANSFER, 0.6, 0.5));

        ExperimentResult result = store.result("exp1", 99).orElseThrow();
        assertThat(result.jobs()).isEqualTo(2);
        assertThat(result.specDigest()).isEqualTo(accepted().specDigest());
        assertThat(result.completedAt()).isEqualTo(99);
        assertThat(result.cells()).hasSize(2);
    }

    @Test
    void aResultReadBackMarksTheExperimentPublished() {
        store.accepted(accepted());
        assertThat(store.resultPublished("exp1")).isFalse();
        store.resultSeen(new ExperimentResult("exp1", "digest", List.of(), List.of(), List.of(), null, null, null, 2, 5));

        assertThat(store.resultPublished("exp1")).isTrue();
        assertThat(store.detail("exp1").orElseThrow().resultPublished()).isTrue();
        assertThat(store.resultPublished("unknown")).isFalse();
    }

    /** A study's second level plans the first level's baseA: its evaluation counts in both, in either order. */
    @Test
    void aJobSharedByAStudysLevelsCountsInEachWhateverTheOrder() {
        PlannedJob sharedBase = job("lvl1", Variant.BASE_A, 0, 1);
        PlannedJob ownBase = job("lvl2", Variant.BASE_B, 0, 1);
        PlannedJob transfer = new PlannedJob("lvl2.anb.n1.s1", "lvl2", Variant.ANB, 1, 1, sharedBase.jobId());
        store.accepted(Evaluations.accepted("lvl1", List.of(sharedBase)));
        store.evaluated(evaluation(sharedBase, 0.9, 0.9)); // before level 2 is accepted
        assertThat(store.evaluated(evaluation(ownBase, 0.8, 0.8))).containsExactly("lvl2");

        store.accepted(Evaluations.accepted("lvl2", List.of(sharedBase, ownBase, transfer)));
        assertThat(store.detail("lvl2").orElseThrow().jobsDone()).isEqualTo(2);

        assertThat(store.evaluated(evaluation(transfer, 0.7, 0.7))).containsExactly("lvl2");
        assertThat(store.result("lvl2", 3)).as("every net evaluated; seed 1's estimates not in").isEmpty();
        store.estimated(new EstimatesCompleted("lvl2", 1, sharedBase.jobId(), ownBase.jobId(), List.of(), "failed",
                0.1));
        assertThat(store.result("lvl2", 3)).isPresent();
        store.status(new JobStatus(sharedBase.jobId(), "lvl1", JobStatus.State.FINISHED, "t", 8, 8, 0.1, 1, null));
        assertThat(store.detail("lvl2").orElseThrow().jobs()).filteredOn(j -> j.jobId().equals(sharedBase.jobId()))
                .extracting(JobView::worker).containsExactly("t");
        assertThat(store.evaluated(evaluation(sharedBase, 0.9, 0.9))).containsExactlyInAnyOrder("lvl1", "lvl2");
    }

    @Test
    void aRejectedRequestIsKnownWithItsReasonsOnce() {
        RequestRejected rejected = new RequestRejected("bad1", "bad1",
                List.of("budget.epochs: 0 is below the minimum of 1"), 5);
        store.rejected(rejected);
        store.rejected(rejected);

        ExperimentDetail detail = store.detail("bad1").orElseThrow();
        assertThat(detail.state()).isEqualTo(ExperimentState.REJECTED);
        assertThat(detail.rejectionReasons()).containsExactly("budget.epochs: 0 is below the minimum of 1");
        assertThat(detail.acceptedAt()).isNull();
        assertThat(store.summaries()).extracting(ExperimentSummary::experimentId).containsExactly("bad1");
    }

    @Test
    void strayEventsAloneDoNotMakeAKnownExperiment() {
        store.status(status(BASE, JobStatus.State.STARTED, null));
        store.rejected(new RequestRejected(null, null, List.of("request: not JSON"), 5));

        assertThat(store.summaries()).isEmpty();
        assertThat(store.detail("exp1")).isEmpty();
        assertThat(store.table("exp1")).isEmpty();
    }

    private ExperimentSummary summary() {
        return store.summaries().get(0);
    }

    private static ExperimentAccepted accepted() {
        return Evaluations.accepted("exp1", List.of(BASE, TRANSFER));
    }

    private static JobStatus status(PlannedJob job, JobStatus.State state, String message) {
        return new JobStatus(job.jobId(), job.experimentId(), state, "trainer-1", 10, 100, 0.5, 120, message);
    }
}
