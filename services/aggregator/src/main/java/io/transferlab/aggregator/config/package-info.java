/**
 * The aggregator's typed configuration.
 */
package io.transferlab.aggregator.config;
