package io.transferlab.analysis.findings;

import io.transferlab.analysis.PaperFigure2;
import io.transferlab.analysis.Score;
import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Simulated target-B sweeps for the findings' tests: a shape of Figure 2, seeds, and noise of known size. */
final class Sweeps {

    static final List<Variant> TARGET_B = List.of(Variant.BASE_B, Variant.BNB, Variant.BNB_PLUS, Variant.ANB,
            Variant.ANB_PLUS, Variant.RNB);
    /** A level like a small data set's; the shapes are added to it. */
    static final double LEVEL = 0.80;

    /** What a sweep's curves look like, as offsets from {@link #LEVEL}. */
    enum Shape {
        /** No effect anywhere: every net as good as baseB. */
        FLAT,
        /** The paper's curves (its Figure 2 minus its baseB), with a random control that collapses from n = 3. */
        PAPER,
        /** The paper's effects turned around. */
        REVERSED;

        double offset(Variant variant, int n) {
            if (this == FLAT || variant.isBase()) {
                return 0;
            }
            double paper = variant == Variant.RNB ? (n < 3 ? -0.01 : -0.05 * (n - 2))
                    : PaperFigure2.series(variant)[n - 1] - PaperFigure2.BASE_B;
            return this == PAPER ? paper : -paper;
        }
    }

    private Sweeps() {
    }

    /**
     * One sweep as the pipeline makes it: every seed draws its own training images, which moves all its nets alike
     * (sd 0.005, as measured by the calibrate preset; the pairing within a seed cancels it), and
     * each net gets independent noise of sd {@code noise} from its own initialisation and order; both metrics alike.
     */
    static List<Score> sweep(Shape shape, int seeds, double noise, Random random) {
        List<Score> scores = new ArrayList<>();
        for (int seed = 1; seed <= seeds; seed++) {
            double shift = 0.005 * random.nextGaussian();
            for (Variant variant : TARGET_B) {
                for (int n = variant.isBase() ? 0 : 1; n <= (variant.isBase() ? 0 : 7); n++) {
                    double value = LEVEL + shape.offset(variant, n) + shift + noise * random.nextGaussian();
                    double other = LEVEL + shape.offset(variant, n) + shift + noise * random.nextGaussian();
                    scores.add(new Score(variant, n, seed, other, value));
                }
            }
        }
        return scores;
    }

    static Finding finding(List<Finding> findings, String key, boolean primary) {
        return findings.stream().filter(f -> f.key().equals(key) && f.primary() == primary).findFirst()
                .orElseThrow();
    }
}
