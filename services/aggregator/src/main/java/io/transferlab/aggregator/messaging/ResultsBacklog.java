package io.transferlab.aggregator.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;

/**
 * Whether every result on the results topic at start has been read back. The topics are read side by side, so after
 * a restart an experiment can look complete before its earlier result has been read; until the backlog is read,
 * nothing is published, or a restart would publish every finished experiment's table a second time.
 */
@ApplicationScoped
public class ResultsBacklog {

    /** Per partition, the offset after the last record read. */
    private final Map<Integer, Long> read = new HashMap<>();
    /** Per partition, the end offset at start; null until known. */
    private Map<Integer, Long> ends;
    private boolean caughtUp;

    /**
     * The end offsets of the results topic's non-empty partitions at start.
     *
     * @return true if this call completed the backlog
     */
    public synchronized boolean ends(Map<Integer, Long> endOffsets) {
        ends = Map.copyOf(endOffsets);
        return check();
    }

    /**
     * A record of the results topic was read (and its experiment marked).
     *
     * @return true if this record completed the backlog
     */
    public synchronized boolean read(int partition, long offset) {
        read.merge(partition, offset + 1, Math::max);
        return check();
    }

    public synchronized boolean caughtUp() {
        return caughtUp;
    }

    /** True only on the call that finds the backlog complete, so exactly one caller publishes what waited. */
    private boolean check() {
        if (caughtUp || ends == null) {
            return false;
        }
        caughtUp = ends.entrySet().stream().allMatch(end -> read.getOrDefault(end.getKey(), 0L) >= end.getValue());
        return caughtUp;
    }
}
