/**
 * The trainer's Prometheus metrics: per-job gauges and where each job's time went.
 */
package io.transferlab.trainer.metrics;
