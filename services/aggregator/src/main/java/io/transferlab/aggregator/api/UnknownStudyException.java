package io.transferlab.aggregator.api;

/** No accepted experiment is a level of a study with this id. */
public class UnknownStudyException extends RuntimeException {

    private final String studyId;

    public UnknownStudyException(String studyId) {
        super("unknown study '" + studyId + "'");
        this.studyId = studyId;
    }

    public String studyId() {
        return studyId;
    }
}
