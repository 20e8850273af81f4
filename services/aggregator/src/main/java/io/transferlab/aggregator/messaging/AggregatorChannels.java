package io.transferlab.aggregator.messaging;

/** The aggregator's channel names; the tests reuse them. */
public final class AggregatorChannels {

    public static final String EXPERIMENTS = "experiments";
    public static final String EVALUATIONS = "evaluations";
    public static final String ESTIMATES = "estimates";
    public static final String STATUS = "status";
    public static final String REJECTIONS = "rejections";
    /** Results read back: which experiments already have a published table. */
    public static final String RESULTS = "results";
    /** Results this aggregator publishes. */
    public static final String RESULTS_OUT = "results-out";
    /** Study results read back: which studies already have a published result. */
    public static final String STUDY_RESULTS = "study-results";
    /** Study results this aggregator publishes. */
    public static final String STUDY_RESULTS_OUT = "study-results-out";

    private AggregatorChannels() {
    }
}
