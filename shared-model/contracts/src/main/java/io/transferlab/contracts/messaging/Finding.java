package io.transferlab.contracts.messaging;

import java.util.List;

/**
 * One of the paper's four findings, as this run measured it on one metric.
 *
 * @param number   1 to 4, as numbered in the paper's summary
 * @param key      stable name: co-adaptation, specificity, fine-tuning, random-features
 * @param claim    what the paper found, in one sentence
 * @param metric   the accuracy it was computed on: "test" (last checkpoint) or "bestValidation" (paper's metric)
 * @param verdict  the verdict of its first measure
 * @param measures the numbers; the first one decides the verdict, the others qualify it
 */
public record Finding(int number, String key, String claim, String metric, Verdict verdict, List<Measure> measures) {
}
