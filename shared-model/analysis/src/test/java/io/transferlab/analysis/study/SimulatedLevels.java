package io.transferlab.analysis.study;

import io.transferlab.analysis.Score;
import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Simulated study levels: each an experiment of its own, with effects of known size and noise of known spread. */
final class SimulatedLevels {

    /** A target-B accuracy like a small data set's; offsets are added to it. */
    static final double BASE = 0.80;

    /** The accuracy of a transfer net relative to its seed's baseB at one level. */
    interface Offsets {
        double of(Variant variant, int n);
    }

    /** The paper's shape: fine-tuning gains 1.6 points, frozen transfer loses more with n (its Figure 2). */
    static final Offsets PAPER = (variant, n) -> variant == Variant.ANB_PLUS ? 0.016 : -0.012 * n;

    private SimulatedLevels() {
    }

    /** Accuracies are counts of images: the mean of the best 3 validation scores on 500 images moves in 1/1500. */
    static final double GRID = 1.0 / 1500;
    /**
     * The spread of a seed's data draw, which moves every net of the seed alike (pairing by seed cancels it). Measured
     * by the calibrate preset: nets that share only a data draw correlate r = 0.36, with one net's replica sd 0.0063,
     * i.e. a shared sd of 0.0063 * sqrt(0.36 / 0.64) = 0.0047.
     */
    static final double SEED_SHIFT = 0.005;

    /**
     * One level as the pipeline makes it: every seed draws its own training images, which shifts all its nets alike
     * (sd {@link #SEED_SHIFT}), each net gets independent noise of sd {@code noise} (its own initialisation and
     * order), and scores are rounded to the accuracy grid; both metrics alike.
     */
    static StudyLevel level(String label, double value, Offsets offsets, int seeds, double noise, Random random) {
        List<Score> scores = new ArrayList<>();
        for (int seed = 1; seed <= seeds; seed++) {
            double shift = SEED_SHIFT * random.nextGaussian();
            scores.add(score(Variant.BASE_B, 0, seed, BASE + shift + noise * random.nextGaussian()));
            for (Variant variant : TransferGains.TRANSFER) {
                for (int n = 1; n <= 7; n++) {
                    scores.add(score(variant, n, seed, BASE + offsets.of(variant, n) + shift
                            + noise * random.nextGaussian()));
                }
            }
        }
        return new StudyLevel(label, value, scores);
    }

    private static Score score(Variant variant, int n, int seed, double accuracy) {
        double rounded = Math.rint(accuracy / GRID) * GRID;
        return new Score(variant, n, seed, rounded, rounded);
    }
}
