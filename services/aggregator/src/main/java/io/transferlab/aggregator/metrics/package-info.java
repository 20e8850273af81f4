/**
 * The aggregator's Prometheus gauges, read from the store at each scrape.
 */
package io.transferlab.aggregator.metrics;
