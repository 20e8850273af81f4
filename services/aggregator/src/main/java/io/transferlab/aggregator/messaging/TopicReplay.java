package io.transferlab.aggregator.messaging;

import java.util.HashMap;
import java.util.Map;

/**
 * How far one topic has been read back against the end offsets it had when this process started. The aggregator's
 * state is whole, for that topic, once every partition that held records then has been read to its end.
 */
public final class TopicReplay implements Replayed {

    private final String topic;
    /** Per partition, the offset after the last record read. */
    private final Map<Integer, Long> read = new HashMap<>();
    /** Per partition that held records at start, its end offset then; null until measured. */
    private Map<Integer, Long> ends;
    private boolean caughtUp;

    public TopicReplay(String topic) {
        this.topic = topic;
    }

    @Override
    public String topic() {
        return topic;
    }

    /** Returns true only on the call that finds the topic read to its ends, so exactly one caller acts on it. */
    @Override
    public synchronized boolean endOffsets(Map<Integer, Long> endOffsets) {
        ends = Map.copyOf(endOffsets);
        return catchUp();
    }

    /** As {@link #endOffsets}: true only on the call that completes the replay. */
    @Override
    public synchronized boolean recordRead(int partition, long offset) {
        read.merge(partition, offset + 1, Math::max);
        return catchUp();
    }

    @Override
    public synchronized boolean caughtUp() {
        return caughtUp;
    }

    /** Records still to read before the topic is caught up; -1 while its end offsets are not known yet. */
    @Override
    public synchronized long remaining() {
        if (ends == null) {
            return -1;
        }
        return ends.entrySet().stream().mapToLong(end -> Math.max(0, end.getValue() - read.getOrDefault(end.getKey(),
                0L))).sum();
    }

    private boolean catchUp() {
        if (caughtUp || ends == null) {
            return false;
        }
        caughtUp = ends.entrySet().stream().allMatch(end -> read.getOrDefault(end.getKey(), 0L) >= end.getValue());
        return caughtUp;
    }
}
