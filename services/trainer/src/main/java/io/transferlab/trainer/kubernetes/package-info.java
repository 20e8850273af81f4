/**
 * The trainer's own pod on Kubernetes: the deletion-cost annotation that keeps a scale-down away from a trainer in the
 * middle of a job.
 */
package io.transferlab.trainer.kubernetes;
