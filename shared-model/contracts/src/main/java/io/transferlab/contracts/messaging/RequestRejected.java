package io.transferlab.contracts.messaging;

import java.util.List;

/**
 * A request that cannot run, and why.
 *
 * @param experimentId the id the request gave, or null if it could not be read
 * @param reasons      one precise message per problem
 * @param rejectedAt   epoch milliseconds
 */
public record RequestRejected(String experimentId, List<String> reasons, long rejectedAt) {
}
