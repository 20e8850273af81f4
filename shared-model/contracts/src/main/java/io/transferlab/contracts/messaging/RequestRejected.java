package io.transferlab.contracts.messaging;

import java.util.List;

/**
 * A request that cannot run, and why.
 *
 * @param experimentId the id the request gave, else its record key; null if neither is known
 * @param requestKey   the Kafka key the request was published with (null if none), so a sender can match the answer
 *                     even when the request's id is what is wrong
 * @param reasons      one precise message per problem
 * @param rejectedAt   epoch milliseconds
 */
public record RequestRejected(String experimentId, String requestKey, List<String> reasons, long rejectedAt) {
}
