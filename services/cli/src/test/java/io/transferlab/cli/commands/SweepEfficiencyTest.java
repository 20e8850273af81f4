package io.transferlab.cli.commands;

import org.junit.jupiter.api.Test;

import java.util.List;

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
}
