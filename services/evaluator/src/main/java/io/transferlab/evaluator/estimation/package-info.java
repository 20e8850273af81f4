/**
 * Transfer estimated from the base nets alone, once both exist, the estimates stored beside them. No Kafka code.
 */
package io.transferlab.evaluator.estimation;
