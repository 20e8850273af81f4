package io.transferlab.contracts.messaging;

import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.ResolvedSpec;

/**
 * One transfer configuration to train. It carries the resolved spec so that the trainer that finishes a base net
 * can publish the dependent jobs exactly as the plan says, and object keys, never data or model bytes.
 *
 * @param job        the planned job
 * @param spec       the resolved experiment spec
 * @param specDigest digest of the resolved spec
 * @param shards     the experiment's data shards
 */
public record TrainingJob(PlannedJob job, ResolvedSpec spec, String specDigest, ExperimentShards shards) {
}
