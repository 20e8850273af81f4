package io.transferlab.analysis.findings;

import io.transferlab.analysis.Spread;
import io.transferlab.analysis.StudentT;
import io.transferlab.contracts.messaging.Verdict;

import java.util.Locale;

/**
 * The rule that calls a measure, written down in docs/results.md ("How a finding is called"). A measure is oriented so
 * that the paper's effect is positive and has one value per seed. With two or more seeds it is a two-sided one-sample
 * t-test at 95%: the effect counts when |mean| / (std / sqrt(seeds)) reaches Student's critical value for seeds - 1
 * degrees of freedom, and its sign then says supported or contradicted. One seed has no spread over seeds, so it is
 * inconclusive whatever its size; the seeds, not the test images, are where the paper's noise lies.
 */
public final class VerdictRule {

    private VerdictRule() {
    }

    /**
     * @param spread the measure's values over seeds
     * @return the verdict with its reason in numbers
     */
    public static Judgement judge(Spread spread) {
        int seeds = spread.count();
        if (seeds == 0) {
            throw new IllegalArgumentException("a measure with no values is not measured, not judged");
        }
        if (seeds == 1) {
            return new Judgement(Verdict.INCONCLUSIVE, String.format(Locale.ROOT,
                    "%+.4f from one seed: its spread over seeds is unknown, run two or more", spread.mean()));
        }
        double critical = StudentT.critical95(seeds - 1);
        double standardError = spread.std() / Math.sqrt(seeds);
        String numbers = String.format(Locale.ROOT, "%+.4f ± %.4f over %d seeds", spread.mean(), spread.std(), seeds);
        if (spread.mean() == 0 || (standardError > 0 && Math.abs(spread.mean()) / standardError < critical)) {
            return new Judgement(Verdict.INCONCLUSIVE, String.format(Locale.ROOT,
                    "%s: within the noise (|t| = %.2f < %.2f, 95%%, %d df)", numbers,
                    Math.abs(spread.mean()) / standardError, critical, seeds - 1));
        }
        Verdict verdict = spread.mean() > 0 ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
        String t = standardError == 0 ? "no spread" : String.format(Locale.ROOT, "|t| = %.2f >= %.2f, 95%%, %d df",
                Math.abs(spread.mean()) / standardError, critical, seeds - 1);
        return new Judgement(verdict, String.format(Locale.ROOT, "%s: %s the paper's sign beyond the noise (%s)",
                numbers, verdict == Verdict.SUPPORTED ? "has" : "opposes", t));
    }

    /** P(a mean this large or larger | no effect): one-sided, t over seeds; identical values decide by sign alone. */
    public static double upperTail(Spread spread) {
        if (spread.std() == 0) {
            return spread.mean() > 0 ? 0 : spread.mean() < 0 ? 1 : 0.5;
        }
        double t = spread.mean() / (spread.std() / Math.sqrt(spread.count()));
        return StudentT.upperTail(t, spread.count() - 1);
    }

    /**
     * @param verdict what the measure says
     * @param reason  why, in words and numbers
     */
    public record Judgement(Verdict verdict, String reason) {
    }
}
