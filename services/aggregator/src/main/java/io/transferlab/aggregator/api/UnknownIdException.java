package io.transferlab.aggregator.api;

/** No experiment (accepted or rejected), or no study with an accepted level, has this id: a 404. */
public class UnknownIdException extends RuntimeException {

    private final String id;

    private UnknownIdException(String kind, String id) {
        super("unknown " + kind + " '" + id + "'");
        this.id = id;
    }

    public static UnknownIdException experiment(String experimentId) {
        return new UnknownIdException("experiment", experimentId);
    }

    public static UnknownIdException study(String studyId) {
        return new UnknownIdException("study", studyId);
    }

    public String id() {
        return id;
    }
}
