package io.transferlab.contracts.messaging;

import java.util.List;

/**
 * One of the paper's four findings, as this run measured it on one metric.
 *
 * @param number   1 to 4, as numbered in the paper's summary
 * @param key      stable name: co-adaptation, specificity, fine-tuning, random-features
 * @param claim    what the paper found, worded as what the deciding test tests
 * @param test     the deciding test, in words
 * @param metric   the accuracy it was computed on: "bestValidation" (the paper's, primary) or "test" (secondary)
 * @param primary  whether this is the primary metric, the one that answers the paper's question
 * @param verdict  supported or contradicted when the deciding test holds after Holm's correction over the four
 *                 findings on this metric at 5%, else inconclusive
 * @param p        the deciding test's p-value, Holm-adjusted; null when it could not be tested
 * @param reason   why that verdict, in words and numbers
 * @param measures the deciding measures, then those that qualify the finding
 */
public record Finding(int number, String key, String claim, String test, String metric, boolean primary,
                      Verdict verdict, Double p, String reason, List<Measure> measures) {
}
