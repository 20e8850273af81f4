/**
 * The trainer's Kafka side: jobs taken off the jobs topic and handed over when their partition moves, and the
 * checkpoints, dependent jobs and status events published. Training itself is in the training package.
 */
package io.transferlab.trainer.messaging;
