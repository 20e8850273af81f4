package io.transferlab.network.training;

/**
 * What the loop reports after each mini-batch step.
 *
 * @param epoch           the epoch the step belongs to (0-based)
 * @param iteration       steps completed, over all epochs
 * @param totalIterations steps in the budget
 * @param loss            the mini-batch's training loss, regularisation included (DL4J's score)
 * @param imagesPerSecond training throughput of this step
 * @param fitSeconds      time of this step in DL4J's fit (the optimisation step alone)
 */
public record IterationStats(int epoch, long iteration, long totalIterations, double loss, double imagesPerSecond,
                             double fitSeconds) {
}
