package io.transferlab.aggregator.results;

/** Where one planned job stands: its latest status event, overridden by an evaluation. */
public enum JobState {
    /** No event yet, or handed over by a trainer that lost its partition and not yet started by the next one. */
    PENDING,
    /** Started or reporting progress. */
    RUNNING,
    /** Trained; its checkpoint waits for the evaluator. */
    TRAINED,
    /** Its latest attempt failed (a redelivery may still start it again). */
    FAILED,
    /** Scored on the test images: it counts in the table. */
    EVALUATED
}
