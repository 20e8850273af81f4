package io.transferlab.contracts.validation;

/**
 * Limits a request must stay within, so that one request cannot occupy the cluster for months.
 *
 * @param maxEpochs          most epochs per net
 * @param maxIterations      most iterations per net
 * @param maxBatchSize       largest mini-batch
 * @param maxSeeds           most seeds per experiment
 * @param maxJobs            most nets per experiment
 * @param maxTrainImages     most training images per half
 */
public record ValidationBounds(int maxEpochs, long maxIterations, int maxBatchSize, int maxSeeds, int maxJobs,
                               int maxTrainImages) {

    /** Generous enough for the paper's protocol (450k iterations of batch 256) and the calibrate preset's 16 seeds. */
    public static final ValidationBounds DEFAULT = new ValidationBounds(1000, 1_000_000, 1024, 32, 1000, 2_000_000);
}
