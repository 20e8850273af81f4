package io.transferlab.analysis.findings;

import io.transferlab.analysis.Score;
import io.transferlab.analysis.TTestOracle;
import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.Verdict;
import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings' statistics as a contract, on simulated sweeps (seeded, so every run sees the same tables): sweeps
 * with no effect at all are called in at most 5% of tables over all four findings together; sweeps shaped like the
 * paper are supported as often as the power of each deciding test says, and the reversed ones contradicted as often.
 * The false-call rate is estimated from 1,000 tables per design, each design held to 5% plus two standard errors of
 * that estimate, and all designs together to 5%. The power oracle is a plain one-sample t-test on the deciding measure's per-seed values drawn directly from their
 * distribution, at 5% and at 5%/4 (Holm's correction lies between the two), with Hipparchus's t-test; and every
 * verdict must be the one an independent oracle (the measures by plain arithmetic, Hipparchus's p-values, Holm) gives
 * on the same table, which Bonferroni in Holm's place would fail. Prints the false-call and power tables.
 */
class FindingsSimulationTest {

    private static final int TABLES = 300;
    private static final String[] KEYS = {"co-adaptation", "specificity", "fine-tuning", "random-features"};

    @Test
    void sweepsWithNoEffectAreCalledInAtMostFivePercentOfTablesFamilyWise() {
        int tables = 1000;
        System.out.println("false calls on flat sweeps (any of the four findings, primary metric), " + tables
                + " tables each:");
        int calledInAll = 0;
        int designs = 0;
        for (double noise : new double[]{0.005, 0.01}) {
            for (int seeds : new int[]{2, 3, 5, 10}) {
                Random random = new Random(1000 * seeds + (long) (noise * 1e4));
                int called = 0;
                for (int t = 0; t < tables; t++) {
                    List<Finding> findings = Findings.of(Sweeps.sweep(Sweeps.Shape.FLAT, seeds, noise, random));
                    if (findings.stream().anyMatch(f -> f.primary() && (f.verdict() == Verdict.SUPPORTED
                            || f.verdict() == Verdict.CONTRADICTED))) {
                        called++;
                    }
                }
                System.out.printf(Locale.ROOT, "  noise %.3f, %2d seeds: %5.1f%%%n", noise, seeds,
                        100.0 * called / tables);
                // 5%, plus two standard errors of this simulation's own estimate of it
                assertThat(called).as("flat tables called, noise %s, %d seeds", noise, seeds)
                        .isLessThanOrEqualTo((int) (tables * 0.05 + 2 * Math.sqrt(tables * 0.05 * 0.95)));
                calledInAll += called;
                designs++;
            }
        }
        System.out.printf(Locale.ROOT, "  all designs: %.2f%% of %d tables%n", 100.0 * calledInAll / (designs * tables),
                designs * tables);
        assertThat((double) calledInAll / (designs * tables)).isLessThanOrEqualTo(0.05);
    }

    @Test
    void paperShapedSweepsAreSupportedAndReversedOnesContradictedAsOftenAsThePowerSays() {
        System.out.println("power: share of tables per verdict (primary metric) | oracle t-test at 5%/4 .. 5%, "
                + TABLES + " tables each");
        System.out.println("  noise seeds  shape     " + String.join("  ", KEYS));
        for (double noise : new double[]{0.005, 0.01}) {
            for (int seeds : new int[]{2, 3, 5, 8, 10}) {
                for (Sweeps.Shape shape : List.of(Sweeps.Shape.PAPER, Sweeps.Shape.REVERSED)) {
                    Verdict expected = shape == Sweeps.Shape.PAPER ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
                    Random random = new Random(7000 + 100 * seeds + shape.ordinal() + (long) (noise * 1e4));
                    int[] hits = new int[KEYS.length];
                    for (int t = 0; t < TABLES; t++) {
                        List<Finding> findings = Findings.of(Sweeps.sweep(shape, seeds, noise, random));
                        for (int k = 0; k < KEYS.length; k++) {
                            if (Sweeps.finding(findings, KEYS[k], true).verdict() == expected) {
                                hits[k]++;
                            }
                        }
                    }
                    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %.3f %5d  %-8s",
                            noise, seeds, shape.name().toLowerCase(Locale.ROOT)));
                    for (int k = 0; k < KEYS.length; k++) {
                        double rate = (double) hits[k] / TABLES;
                        Oracle oracle = Oracle.of(KEYS[k], shape, noise);
                        if (oracle == null) {
                            row.append(String.format(Locale.ROOT, "  %13.2f", rate));
                            continue;
                        }
                        double strict = TTestOracle.power(oracle.effect(), oracle.sd(), seeds, 0.05 / 4, new Random(seeds));
                        double loose = TTestOracle.power(oracle.effect(), oracle.sd(), seeds, 0.05, new Random(seeds));
                        row.append(String.format(Locale.ROOT, "  %.2f [%.2f-%.2f]", rate, strict, loose));
                        assertThat(rate).as("%s %s, noise %s, %d seeds", KEYS[k], shape, noise, seeds)
                                .isBetween(strict - 0.08, loose + 0.08);
                    }
                    System.out.println(row);
                }
            }
        }
    }

    @Test
    void everyVerdictIsTheIndependentHolmOraclesAndBonferroniWouldDiffer() {
        int tables = 150;
        int compared = 0;
        int bonferroniDiffers = 0;
        for (Sweeps.Shape shape : Sweeps.Shape.values()) {
            for (int seeds : new int[]{3, 4, 5, 8}) {
                Random random = new Random(500 + 10L * seeds + shape.ordinal());
                for (int t = 0; t < tables; t++) {
                    List<Score> table = Sweeps.sweep(shape, seeds, 0.01, random);
                    List<Finding> findings = Findings.of(table);
                    Verdict[] holm = HolmOracle.verdicts(table, seeds, true);
                    Verdict[] bonferroni = HolmOracle.verdicts(table, seeds, false);
                    for (int k = 0; k < KEYS.length; k++) {
                        assertThat(Sweeps.finding(findings, KEYS[k], true).verdict())
                                .as("%s, %s, %d seeds, table %d", KEYS[k], shape, seeds, t).isEqualTo(holm[k]);
                        compared++;
                        if (holm[k] != bonferroni[k]) {
                            bonferroniDiffers++;
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "verdicts equal to the Hipparchus/Holm oracle: %d of %d; Bonferroni would have "
                + "differed on %d%n", compared, compared, bonferroniDiffers);
        assertThat(bonferroniDiffers).as("the comparison can tell Holm from Bonferroni").isPositive();
    }

    /**
     * A single deciding measure's per-seed distribution: normal, with the effect of the shape and the spread of the
     * per-net noise through its formula (per-seed shifts cancel in it).
     */
    private record Oracle(double effect, double sd) {

        static Oracle of(String key, Sweeps.Shape shape, double noise) {
            return switch (key) {
                case "specificity" -> new Oracle(mean(n -> n >= 6, shape, Variant.BNB, Variant.ANB), noise);
                case "fine-tuning" -> new Oracle(mean(n -> true, shape, Variant.ANB_PLUS, null),
                        noise * Math.sqrt(1 + 1.0 / 7));
                case "random-features" -> new Oracle(mean(n -> n >= 3, shape, Variant.ANB, Variant.RNB),
                        noise * Math.sqrt(2.0 / 5));
                default -> null; // co-adaptation: two deciding measures, printed only
            };
        }

        /** Mean over the depths of (first - second), or of first - baseB when second is null. */
        private static double mean(Predicate<Integer> depths, Sweeps.Shape shape, Variant first, Variant second) {
            double sum = 0;
            int count = 0;
            for (int n = 1; n <= 7; n++) {
                if (depths.test(n)) {
                    sum += shape.offset(first, n) - (second == null ? 0 : shape.offset(second, n));
                    count++;
                }
            }
            return sum / count;
        }
    }
}
