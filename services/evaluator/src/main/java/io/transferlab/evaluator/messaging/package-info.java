/**
 * The evaluator's Kafka side: checkpoint announcements in, evaluations out.
 */
package io.transferlab.evaluator.messaging;
