package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.StudyRequest;

/**
 * A record as read: an experiment's spec, a study, or the rejection of a record that cannot be read as either.
 *
 * @param spec      null for the JSON literal null (the validator names that), a study, or when rejected
 * @param study     the study request, when the record has a top-level studyId
 * @param rejection null when read
 */
public record ReadRequest(ExperimentSpec spec, StudyRequest study, Outcome.Rejected rejection) {

    static ReadRequest of(ExperimentSpec spec) {
        return new ReadRequest(spec, null, null);
    }

    static ReadRequest of(StudyRequest study) {
        return new ReadRequest(null, study, null);
    }

    static ReadRequest rejected(Outcome.Rejected rejection) {
        return new ReadRequest(null, null, rejection);
    }
}
