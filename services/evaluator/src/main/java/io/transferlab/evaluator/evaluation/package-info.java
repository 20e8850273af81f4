/**
 * A final checkpoint scored on its test shard, the evaluation stored beside it. No Kafka code.
 */
package io.transferlab.evaluator.evaluation;
