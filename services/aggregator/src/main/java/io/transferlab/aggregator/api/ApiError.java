package io.transferlab.aggregator.api;

/**
 * The body of an error response.
 *
 * @param error        what went wrong, in words
 * @param experimentId the experiment asked for (or the study, for a study's path)
 */
public record ApiError(String error, String experimentId) {
}
