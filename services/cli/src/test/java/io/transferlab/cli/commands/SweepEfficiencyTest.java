package io.transferlab.cli.commands;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SweepEfficiencyTest {

    @Test
    void sumsTheJobDurationsOfEveryCell() {
        String scrape = """
                # HELP transferlab_trainer_job_duration_seconds Time to train one job
                # TYPE transferlab_trainer_job_duration_seconds summary
                transferlab_trainer_job_duration_seconds_count{n="0",variant="baseA"} 1.0
                transferlab_trainer_job_duration_seconds_sum{n="0",variant="baseA"} 40.5
                transferlab_trainer_job_duration_seconds_sum{n="3",variant="AnB"} 12.25
                transferlab_trainer_job_duration_seconds_max{n="3",variant="AnB"} 12.25
                transferlab_trainer_jobs_completed_total{n="3",variant="AnB"} 1.0
                """;

        assertThat(SweepEfficiency.sum(scrape)).isEqualTo(52.75);
    }
}
