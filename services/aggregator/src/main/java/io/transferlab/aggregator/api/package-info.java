/**
 * The aggregator's REST API: read-only resources over experiments and studies, errors as JSON, and the readiness check
 * that waits for the replay. The state they show is the results package's; no Kafka code here.
 */
package io.transferlab.aggregator.api;
