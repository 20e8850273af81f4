package io.transferlab.contracts.messaging;

/**
 * What to do at one level of a study: the best choice by the study's metric, and the cheapest choice shown to lose
 * less than the margin to the best.
 *
 * @param level    the level's label
 * @param best     the choice with the highest mean
 * @param cheapest the choice with the most frozen layers among those whose {@link Choice#maxLoss()} is below the
 *                 margin; null when none is shown to be (too few seeds, too much spread)
 * @param margin   the accuracy a cheaper choice may lose to the best and still be advised (the request's, or 0.01)
 * @param reason   why, in words and numbers
 */
public record LevelAdvice(String level, Choice best, Choice cheapest, double margin, String reason) {
}
