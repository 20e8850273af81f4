/**
 * One request from its JSON to stored shards: read and checked, a study expanded into its levels, the data set fetched
 * (from a local path or S3), divided and written to object storage with its accepted event. No Kafka code: the outcome
 * goes back to the messaging package.
 */
package io.transferlab.dataprep.preparation;
