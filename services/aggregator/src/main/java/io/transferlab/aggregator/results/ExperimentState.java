package io.transferlab.aggregator.results;

/** Where an experiment stands, as the REST API reports it. */
public enum ExperimentState {
    /** Planned; no job has reported anything yet. */
    ACCEPTED,
    /** Some job has started or been evaluated, not all have been evaluated. */
    RUNNING,
    /** Every planned job has an evaluation, and every seed with both base nets its transfer estimates. */
    COMPLETE,
    /** The request failed validation and was never planned. */
    REJECTED
}
