/**
 * What the Quarkus services share on Kafka: the acknowledged send and the committed start of newly assigned partitions
 * (the shared Kafka settings are this module's META-INF/microprofile-config.properties). Each service's channels stay
 * in the service.
 */
package io.transferlab.service.messaging;
