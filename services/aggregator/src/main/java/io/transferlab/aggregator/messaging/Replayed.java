package io.transferlab.aggregator.messaging;

import java.util.Map;

/**
 * A topic the aggregator reads back from its beginning on every start: told the end offsets it had at start and each
 * record read (readable or not), it knows when this process holds everything the topic held.
 */
public interface Replayed {

    String topic();

    /** The topic's end offsets at start, per partition that held records; true if that completes the replay. */
    boolean endOffsets(Map<Integer, Long> endOffsets);

    /** A record was read and handled (or dead-lettered); true if that completes the replay. */
    boolean recordRead(int partition, long offset);

    boolean caughtUp();

    /** Records still to read; -1 while the end offsets are not known. */
    long remaining();
}
