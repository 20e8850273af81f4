/**
 * The CLI's clients of a running system: a request published to Kafka, data-prep's answer read back, and the
 * aggregator's REST API.
 */
package io.transferlab.cli.client;
