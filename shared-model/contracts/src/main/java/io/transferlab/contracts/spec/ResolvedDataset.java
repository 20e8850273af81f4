package io.transferlab.contracts.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The images an experiment reads: a known data set and where it lies.
 *
 * @param name     the data set
 * @param location a local path or s3://bucket/prefix: the request's, or the data set's default location
 */
public record ResolvedDataset(Dataset name, String location) {

    /** Whether the location is the data set's own default, not one a request named. */
    @JsonIgnore // derived, not a field
    public boolean isDefaultLocation() {
        return name.defaultLocation().filter(location::equals).isPresent();
    }
}
