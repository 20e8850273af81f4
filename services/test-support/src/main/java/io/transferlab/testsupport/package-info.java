/**
 * For the services' tests only, never production code: the real servers as a Quarkus test resource, a tiny experiment
 * that trains in seconds, and helpers to publish, read topics and scrape metrics.
 */
package io.transferlab.testsupport;
