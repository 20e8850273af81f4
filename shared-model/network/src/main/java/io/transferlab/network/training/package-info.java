/**
 * One job trained: the resumable loop, the batch order, the frozen-prefix cache, and the callbacks through which a
 * service watches, checkpoints and stops it. No Kafka or object-storage code.
 */
package io.transferlab.network.training;
