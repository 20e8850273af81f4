package io.transferlab.contracts.messaging;

import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.ResolvedSpec;

import java.util.List;

/**
 * A request that passed validation, with everything the aggregator needs to know when the experiment is complete.
 *
 * @param experimentId the experiment
 * @param spec         the resolved spec
 * @param specDigest   its digest
 * @param plan         every job that will run
 * @param shards       where its data lie
 * @param acceptedAt   epoch milliseconds
 * @param study        the study this experiment is a level of; null for an experiment requested on its own
 */
public record ExperimentAccepted(String experimentId, ResolvedSpec spec, String specDigest, List<PlannedJob> plan,
                                 ExperimentShards shards, long acceptedAt, StudyLevelRef study) {
}
