package io.transferlab.analysis.findings;

import java.util.List;

/**
 * One of the paper's four findings: its claim, the measures whose test decides it, and those that only qualify it.
 *
 * @param number    as numbered in the paper's summary
 * @param key       stable name
 * @param claim     what the paper found, worded as what the deciding test tests
 * @param test      the deciding test in words
 * @param deciding  every one must be above 0 for support (one: a two-sided test; several: intersection-union)
 * @param qualifiers reported with intervals, not part of the verdict
 */
record FindingDefinition(int number, String key, String claim, String test, List<MeasureDefinition> deciding,
                         List<MeasureDefinition> qualifiers) {
}
