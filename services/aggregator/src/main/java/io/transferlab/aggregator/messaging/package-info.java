/**
 * The aggregator's Kafka side: every event into the store, its own results topics read back at start (the replay), and
 * each complete experiment's and study's result published once. The state itself lives in the results package.
 */
package io.transferlab.aggregator.messaging;
