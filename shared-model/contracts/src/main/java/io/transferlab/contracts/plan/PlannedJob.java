package io.transferlab.contracts.plan;

import io.transferlab.contracts.spec.Variant;

/**
 * One net to train.
 *
 * @param jobId        deterministic id, e.g. "exp1.anb-plus.n3.s1"; safe as a Kafka key and an object-key segment
 * @param experimentId the experiment it belongs to
 * @param variant      which network of the paper
 * @param depth        n, the number of copied (or frozen random) weight layers; 0 for base nets
 * @param seed         the sweep seed
 * @param parentJobId  the base job whose checkpoint this one copies from; null for base nets and the control
 */
public record PlannedJob(String jobId, String experimentId, Variant variant, int depth, long seed,
                         String parentJobId) {

    public static String id(String experimentId, Variant variant, int depth, long seed) {
        return experimentId + "." + variant.slug() + ".n" + depth + ".s" + seed;
    }

    /**
     * The experiment a job id belongs to: the part before the first dot (experiment ids have none). A study's level
     * plans a job of another level (the nets all levels share), so a parent's experiment is not always its child's.
     */
    public static String experimentOf(String jobId) {
        return jobId.substring(0, jobId.indexOf('.'));
    }

    /** The paper's name of the net, e.g. "AnB+ n=3". */
    public String label() {
        return variant.label(depth);
    }
}
