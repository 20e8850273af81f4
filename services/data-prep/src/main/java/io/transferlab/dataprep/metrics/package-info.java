/**
 * data-prep's Prometheus metrics.
 */
package io.transferlab.dataprep.metrics;
