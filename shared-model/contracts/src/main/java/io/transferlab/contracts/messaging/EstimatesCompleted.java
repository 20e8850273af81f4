package io.transferlab.contracts.messaging;

import java.util.List;

/**
 * The transfer estimates of one seed of an experiment, computed once its final baseA and baseB exist: one entry per
 * depth of the spec. An estimate that could not be computed is still announced, with the reason, so the experiment
 * completes without it instead of waiting for good.
 *
 * @param experimentId the experiment
 * @param seed         the sweep seed
 * @param baseAJobId   the baseA whose features were scored (a study's levels may share one)
 * @param baseBJobId   the baseB the features were compared with
 * @param depths       one per depth of the spec, in its order; empty where {@code failure} is set
 * @param failure      why there are no estimates; null where there are
 * @param seconds      wall time of the whole computation, loading the nets and images included
 */
public record EstimatesCompleted(String experimentId, long seed, String baseAJobId, String baseBJobId,
                                 List<DepthEstimates> depths, String failure, double seconds) {

    public EstimatesCompleted {
        depths = List.copyOf(depths);
    }

    /** The Kafka key: one record per experiment and seed, so a compacted topic keeps the latest. */
    public static String key(String experimentId, long seed) {
        return experimentId + ".s" + seed;
    }

    public String key() {
        return key(experimentId, seed);
    }

    /** The summed cost of every depth. */
    public EstimateCosts costs() {
        return depths.stream().map(DepthEstimates::costs).reduce(EstimateCosts.NONE, EstimateCosts::plus);
    }
}
