package io.transferlab.evaluator.messaging;

/** The evaluator's channel names; the tests reuse them. */
public final class EvaluatorChannels {

    public static final String CHECKPOINTS = "checkpoints";
    public static final String EVALUATIONS = "evaluations";
    public static final String ESTIMATES = "estimates";

    private EvaluatorChannels() {
    }
}
