package io.transferlab.aggregator.messaging;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsBacklogTest {

    private final ResultsBacklog backlog = new ResultsBacklog();

    @Test
    void notCaughtUpBeforeTheEndOffsetsAreKnown() {
        assertThat(backlog.read(0, 0)).isFalse();
        assertThat(backlog.caughtUp()).isFalse();
    }

    @Test
    void anEmptyTopicIsCaughtUpAtOnce() {
        assertThat(backlog.ends(Map.of())).isTrue();
        assertThat(backlog.caughtUp()).isTrue();
    }

    @Test
    void caughtUpWhenEveryPartitionIsReadToItsEnd() {
        assertThat(backlog.ends(Map.of(0, 2L, 2, 1L))).isFalse();
        assertThat(backlog.read(0, 0)).isFalse();
        assertThat(backlog.read(2, 0)).isFalse();
        assertThat(backlog.caughtUp()).isFalse();

        assertThat(backlog.read(0, 1)).isTrue();
        assertThat(backlog.caughtUp()).isTrue();
        assertThat(backlog.read(0, 2)).as("only the completing call reports it").isFalse();
    }

    @Test
    void recordsReadBeforeTheEndOffsetsAreKnownCount() {
        backlog.read(1, 0);
        backlog.read(1, 4);

        assertThat(backlog.ends(Map.of(1, 5L))).isTrue();
    }
}
