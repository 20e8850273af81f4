package io.transferlab.analysis.findings;

import java.util.List;

/**
 * One of the paper's four findings: its claim and the measures that test it, the first one deciding.
 *
 * @param number   as numbered in the paper's summary
 * @param key      stable name
 * @param claim    what the paper found
 * @param measures the numbers; the first decides the verdict
 */
record FindingDefinition(int number, String key, String claim, List<MeasureDefinition> measures) {
}
