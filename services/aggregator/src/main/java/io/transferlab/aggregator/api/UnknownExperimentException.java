package io.transferlab.aggregator.api;

/** No experiment with this id has been accepted or rejected. */
public class UnknownExperimentException extends RuntimeException {

    private final String experimentId;

    public UnknownExperimentException(String experimentId) {
        super("unknown experiment '" + experimentId + "'");
        this.experimentId = experimentId;
    }

    public String experimentId() {
        return experimentId;
    }
}
