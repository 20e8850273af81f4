/**
 * The evaluator's Prometheus metrics, per Figure 2 cell.
 */
package io.transferlab.evaluator.metrics;
