package io.transferlab.contracts.messaging;

/**
 * What to do at one level of a study: the best choice by the study's metric, and the cheapest choice whose accuracy
 * is within the noise of it (the same as the best when none is).
 *
 * @param level    the level's label
 * @param best     the choice with the highest mean
 * @param cheapest the choice with the most frozen layers among those not worse than the best beyond the noise
 * @param reason   why, in words and numbers
 */
public record LevelAdvice(String level, Choice best, Choice cheapest, String reason) {
}
