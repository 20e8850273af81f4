package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.spec.ExperimentSpec;

/**
 * A record as read: the request's spec, or the rejection of a record that cannot be read as one.
 *
 * @param spec      null for the JSON literal null (the validator names that) or when rejected
 * @param rejection null when read
 */
public record ReadRequest(ExperimentSpec spec, Outcome.Rejected rejection) {

    static ReadRequest of(ExperimentSpec spec) {
        return new ReadRequest(spec, null);
    }

    static ReadRequest rejected(Outcome.Rejected rejection) {
        return new ReadRequest(null, rejection);
    }
}
