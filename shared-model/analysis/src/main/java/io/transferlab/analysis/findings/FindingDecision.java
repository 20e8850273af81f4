package io.transferlab.analysis.findings;

import io.transferlab.analysis.Spread;

import java.util.List;
import java.util.Optional;

/**
 * A finding's deciding test on one metric. Each deciding measure gets one-sided t-tests over seeds; the finding is
 * supported when every one is above 0 (intersection-union: p is the largest of theirs), contradicted when any one is
 * below 0 (Bonferroni over them), and the two sides together make one two-sided p-value for Holm's correction. With
 * one deciding measure that is the ordinary two-sided t-test. A deciding measure the t-test cannot judge (one seed,
 * no spread, a spread below the accuracies' grid) leaves the finding untested: out of Holm's family, never p = 0.
 *
 * @param p           the two-sided p-value, NaN when it cannot be tested
 * @param supportSide whether the smaller side is the paper's
 * @param untestable  why not, when it cannot be tested
 */
record FindingDecision(double p, boolean supportSide, String untestable) {

    static FindingDecision of(FindingDefinition definition, List<SeedScores> seeds, double resolution) {
        double support = 0;
        double contradiction = 1;
        for (MeasureDefinition measure : definition.deciding()) {
            Spread spread = Spread.of(measure.resolve(seeds).values());
            Optional<String> untestable = VerdictRule.untestable(spread, resolution);
            if (untestable.isPresent()) {
                return new FindingDecision(Double.NaN, false, measure.name() + ": " + untestable.get());
            }
            double above = VerdictRule.upperTail(spread);
            support = Math.max(support, above);
            contradiction = Math.min(contradiction, 1 - above);
        }
        contradiction = Math.min(1, definition.deciding().size() * contradiction);
        return new FindingDecision(Math.min(1, 2 * Math.min(support, contradiction)), support <= contradiction, null);
    }
}
