/**
 * One job carried through: where it starts, training on shards from object storage, checkpoint uploads. It reports
 * through its own interfaces, JobAnnouncements and JobStatusEvents, which the messaging package implements: no Kafka
 * code is here.
 */
package io.transferlab.trainer.training;
