package io.transferlab.analysis.findings;

import io.transferlab.analysis.Power;
import io.transferlab.analysis.Spread;
import io.transferlab.analysis.StudentT;
import io.transferlab.contracts.messaging.Verdict;

import java.util.Locale;
import java.util.Optional;

/**
 * The rule that calls a measure, written down in docs/results.md ("How a finding is called"). A measure is oriented so
 * that the paper's effect is positive and has one value per seed. It is a two-sided one-sample t-test over seeds: the
 * effect counts when its p-value is below the level, and its sign then says supported or contradicted; within the
 * noise it is inconclusive, with the smallest effect the test would have found (80% power at the measured spread).
 * A measure the test cannot judge is not testable, never certain: one seed (no spread is known), no spread at all
 * (identical seeds) or a spread below one step of the accuracies' grid (the seeds differ by rounding).
 */
public final class VerdictRule {

    /** Two-sided level of a measure's own test (the findings correct theirs with Holm). */
    public static final double LEVEL = 0.05;
    /** Below this a standard deviation is zero: accuracies are sums of a few doubles, exact to ~1e-16. */
    private static final double ZERO = 1e-12;

    private VerdictRule() {
    }

    /**
     * Why the t-test cannot judge these values, or empty when it can.
     *
     * @param resolution the step of the accuracies' grid (see {@link io.transferlab.analysis.Resolution}), 0 if none
     */
    public static Optional<String> untestable(Spread spread, double resolution) {
        if (spread.count() == 0) {
            return Optional.of("not measured: no seed has the nets it needs");
        }
        if (spread.count() == 1) {
            return Optional.of(String.format(Locale.ROOT, "not testable: %+.4f from one seed, whose spread over "
                    + "seeds is unknown; run two or more", spread.mean()));
        }
        if (spread.std() <= ZERO) {
            return Optional.of(String.format(Locale.ROOT, "not testable: every one of the %d seeds gave %+.4f; with "
                    + "no spread over seeds a t-test would call any difference certain (do the nets use their seed? "
                    + "are they at the accuracy's ceiling?)", spread.count(), spread.mean()));
        }
        if (spread.std() < resolution) {
            return Optional.of(String.format(Locale.ROOT, "not testable: the spread over seeds (sd %.4f) is below "
                    + "one step of the accuracies' grid (%.4f): the seeds differ by rounding, e.g. one image, not by "
                    + "noise a t-test can measure", spread.std(), resolution));
        }
        return Optional.empty();
    }

    /** The measure's own verdict at {@link #LEVEL}. */
    public static Judgement judge(Spread spread, double resolution) {
        return judge(spread, resolution, LEVEL);
    }

    /**
     * @param spread     the measure's values over seeds
     * @param resolution the step of the accuracies' grid, 0 if none
     * @param level      the two-sided level
     * @return the verdict with its reason in numbers
     */
    public static Judgement judge(Spread spread, double resolution, double level) {
        Optional<String> untestable = untestable(spread, resolution);
        if (untestable.isPresent()) {
            return new Judgement(Verdict.NOT_TESTABLE, untestable.get(), Double.NaN, Double.NaN);
        }
        int df = spread.count() - 1;
        double t = spread.mean() / (spread.std() / Math.sqrt(spread.count()));
        double p = Math.min(1, 2 * StudentT.upperTail(Math.abs(t), df));
        double critical = StudentT.quantile(1 - level / 2, df);
        String numbers = String.format(Locale.ROOT, "%+.4f ± %.4f over %d seeds", spread.mean(), spread.std(),
                spread.count());
        if (p >= level) {
            double mde = Power.minimumDetectable(spread.std(), spread.count(), level, Power.CONVENTIONAL);
            return new Judgement(Verdict.INCONCLUSIVE, String.format(Locale.ROOT, "%s: within the noise (|t| = %.2f "
                    + "< %.2f, p = %.4f, %d df); an effect of %.4f either way would have been found with 80%% power",
                    numbers, Math.abs(t), critical, p, df, mde), p, mde);
        }
        Verdict verdict = t > 0 ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
        return new Judgement(verdict, String.format(Locale.ROOT, "%s: %s the paper's sign beyond the noise (|t| = %.2f"
                + " >= %.2f, p = %.4f, %d df)", numbers, verdict == Verdict.SUPPORTED ? "has" : "opposes", Math.abs(t),
                critical, p, df), p, Double.NaN);
    }

    /** P(a mean this large or larger | no effect): one-sided, t over seeds; only for values {@link #untestable} passes. */
    public static double upperTail(Spread spread) {
        return StudentT.upperTail(spread.mean() / (spread.std() / Math.sqrt(spread.count())), spread.count() - 1);
    }

    /**
     * @param verdict what the measure says
     * @param reason  why, in words and numbers
     * @param p       the two-sided p-value; NaN when not testable
     * @param mde     within the noise: the smallest effect found with 80% power at this spread; else NaN
     */
    public record Judgement(Verdict verdict, String reason, double p, double mde) {
    }
}
