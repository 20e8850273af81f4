package io.transferlab.analysis.findings;

import io.transferlab.analysis.Spread;
import io.transferlab.analysis.StudentT;
import io.transferlab.contracts.messaging.Measure;
import io.transferlab.contracts.messaging.Verdict;

import java.util.function.DoubleFunction;

/** A measure's values over seeds summarised as results carry them, with its own, uncorrected, verdict at 5%. */
public final class Measures {

    private Measures() {
    }

    /**
     * @param values     one per seed; none when the nets it needs were not run
     * @param resolution the accuracies' grid step (see {@link io.transferlab.analysis.Resolution})
     * @param relative   the mean as a share of baseB's error rate, or null where there is none
     */
    public static Measure of(String name, String definition, boolean deciding, double[] values, Double paper,
                             double resolution, DoubleFunction<Double> relative, Double paperRelative) {
        if (values.length == 0) {
            return new Measure(name, definition, deciding, null, null, null, null, 0, paper, Verdict.NOT_TESTABLE,
                    "not measured: no seed has the nets it needs (" + definition + ")", null, null, paperRelative);
        }
        Spread spread = Spread.of(values);
        VerdictRule.Judgement judgement = VerdictRule.judge(spread, resolution);
        // No interval where the t-test cannot be used: a zero-width one would read as certainty.
        boolean tested = judgement.verdict() != Verdict.NOT_TESTABLE;
        double half = StudentT.halfWidth95(spread.std(), values.length);
        return new Measure(name, definition, deciding, spread.mean(), tested ? spread.std() : null,
                tested ? spread.mean() - half : null, tested ? spread.mean() + half : null, values.length, paper,
                judgement.verdict(), judgement.reason(), Double.isNaN(judgement.mde()) ? null : judgement.mde(),
                relative.apply(spread.mean()), paperRelative);
    }
}
