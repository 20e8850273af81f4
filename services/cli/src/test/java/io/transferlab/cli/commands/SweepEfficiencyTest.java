package io.transferlab.cli.commands;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SweepEfficiencyTest {

    @Test
    void sumsAMetricOverEveryCellAndEveryTrainer() {
        String scrape = """
                # HELP transferlab_trainer_job_duration_seconds Time to train one job
                # TYPE transferlab_trainer_job_duration_seconds summary
                transferlab_trainer_job_duration_seconds_count{n="0",variant="baseA"} 1.0
                transferlab_trainer_job_duration_seconds_sum{n="0",variant="baseA"} 40.5
                transferlab_trainer_job_duration_seconds_sum{n="3",variant="AnB"} 12.25
                transferlab_trainer_job_duration_seconds_max{n="3",variant="AnB"} 12.25
                transferlab_trainer_jobs_completed_total{n="3",variant="AnB"} 1.0
                # TYPE transferlab_trainer_fit_seconds_total counter
                transferlab_trainer_fit_seconds_total 30.5
                """;
        String other = """
                transferlab_trainer_job_duration_seconds_sum{n="0",variant="baseB"} 7.25
                transferlab_trainer_fit_seconds_total 5.0
                transferlab_trainer_fit_seconds_total_created 1.0
                """;

        assertThat(SweepEfficiency.sum(List.of(scrape), SweepEfficiency.JOB_SECONDS)).isEqualTo(52.75);
        assertThat(SweepEfficiency.sum(List.of(scrape, other), SweepEfficiency.JOB_SECONDS)).isEqualTo(60.0);
        assertThat(SweepEfficiency.sum(List.of(scrape, other), SweepEfficiency.FIT_SECONDS)).isEqualTo(35.5);
        assertThat(SweepEfficiency.sum(List.of(other), SweepEfficiency.UPLOADS)).isZero();
    }

    @Test
    void sumsOnlyTheSeriesWithTheLabel() {
        String scrape = """
                transferlab_trainer_phase_seconds_total{phase="validation"} 12.5
                transferlab_trainer_phase_seconds_total{phase="fetch"} 3.0
                transferlab_trainer_phase_seconds_total{phase="validation",other="x"} 0.5
                transferlab_trainer_phase_seconds_total{subphase="validation"} 100.0
                """;
        assertThat(SweepEfficiency.sum(List.of(scrape), SweepEfficiency.PHASE_SECONDS, "phase", "validation"))
                .isEqualTo(13.0);
        assertThat(SweepEfficiency.sum(List.of(scrape), SweepEfficiency.PHASE_SECONDS, "phase", "encoding")).isZero();
    }

    @Test
    void reportsEveryPartTheIdleTimeAndWhatNoPartAccountsFor() {
        String trainer = """
                transferlab_trainer_job_duration_seconds_sum{n="0",variant="baseA"} 100.0
                transferlab_trainer_fit_seconds_total 70.0
                transferlab_trainer_phase_seconds_total{phase="validation"} 12.0
                transferlab_trainer_phase_seconds_total{phase="fetch"} 3.0
                transferlab_trainer_checkpoint_upload_seconds_sum{kind="final"} 5.0
                transferlab_trainer_checkpoint_upload_seconds_count{kind="final"} 2.0
                """;
        String evaluator = """
                transferlab_evaluator_evaluation_duration_seconds_sum 9.5
                transferlab_evaluator_evaluation_duration_seconds_count 2.0
                """;

        String report = SweepEfficiency.fromScrapes(Duration.ofSeconds(60), List.of(trainer, trainer), evaluator,
                new IdleSampler.IdleTime(19.0, 7.0),
                new LinkedHashMap<>(Map.of("evaluator", Duration.ofMillis(41_500))));

        assertThat(report).contains("wall 60 s with 2 trainer(s), training 200 s in all; overhead ratio 0.600")
                .contains("fitting 140.0 s (70.0%)").contains("validation 24.0 s (12.0%)")
                .contains("fetch 6.0 s (3.0%)").contains("encoding 0.0 s (0.0%)")
                .contains("uploads (4 puts) 10.0 s (5.0%)").contains("the rest 20.0 s (10.0%)")
                .contains("trainers idle: -80 s").contains("about 7 s while a published job waited")
                .contains("evaluator: 2 nets, 9.5 s from taking a checkpoint to its score")
                .contains("CPU time during the sweep: evaluator 41.5 s");
    }

    @Test
    void anIdleTrainerCountsAsLosingTimeOnlyWhileAJobWaits() {
        IdleSampler.IdleTime time = IdleSampler.IdleTime.NONE
                .plus(2, 2, 5, 1.0)   // both busy: nothing idle, whatever waits
                .plus(2, 1, 0, 2.0)   // one idle, nothing waiting: idle, not lost
                .plus(2, 0, 1, 3.0)   // both idle, one job waiting: only one of them could have taken it
                .plus(2, 1, -1, 1.0); // a completion counted before its record's offset: never negative
        assertThat(time.idleSeconds()).isEqualTo(2.0 + 6.0 + 1.0);
        assertThat(time.whileJobsWaitedSeconds()).isEqualTo(3.0);
    }
}
