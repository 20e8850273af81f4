/**
 * What the aggregator knows: every experiment's and study's state, rebuilt in memory from the topics, and the views the
 * API serves. No Kafka or HTTP code; the statistics come from shared-model/analysis.
 */
package io.transferlab.aggregator.results;
