/**
 * The records that travel on Kafka, the topic names and the jobs topic's partitioning, and the messages' JSON Schemas.
 * Nothing here sends or receives.
 */
package io.transferlab.contracts.messaging;
