/**
 * Real servers for local runs and tests: a Kafka broker and an S3 server as child JVMs (or containers), Prometheus, and
 * the launcher that runs a packaged service as its own process. No service code lives here.
 */
package io.transferlab.infra;
