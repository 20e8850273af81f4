package io.transferlab.analysis.design;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.Score;
import io.transferlab.analysis.Spread;
import io.transferlab.analysis.findings.SeedScores;
import io.transferlab.contracts.messaging.Pairing;
import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measures what pairing by seed buys (see {@link Pairing}): what nets of one seed share cancels in their difference.
 * Per transfer cell against baseB, the correlation over seeds and the variance of the difference as a share of the
 * variance it would have unpaired; then their means over cells.
 */
public final class PairingMeasure {

    private static final int MIN_SEEDS = 3;

    private PairingMeasure() {
    }

    public static Pairing of(List<Score> scores, Metric metric) {
        Map<Long, SeedScores> seeds = SeedScores.bySeed(scores, metric);
        List<double[]> found = new ArrayList<>();
        for (Variant variant : Variant.values()) {
            if (variant.isBase() || variant.target() != Variant.BASE_B.target()) {
                continue;
            }
            for (int depth = 1; depth <= 7; depth++) {
                List<double[]> pairs = new ArrayList<>();
                for (SeedScores seed : seeds.values()) {
                    Double net = seed.window(variant, depth, depth).get(depth);
                    Double base = seed.window(Variant.BASE_B, 0, 0).get(0);
                    if (net != null && base != null) {
                        pairs.add(new double[]{net, base});
                    }
                }
                comparison(pairs).ifPresent(found::add);
            }
        }
        return new Pairing(found.stream().mapToDouble(c -> c[0]).average().orElse(Double.NaN),
                found.stream().mapToDouble(c -> c[1]).average().orElse(Double.NaN), found.size());
    }

    /** Correlation and variance share of one cell against baseB, if its seeds allow them. */
    private static Optional<double[]> comparison(List<double[]> pairs) {
        if (pairs.size() < MIN_SEEDS) {
            return Optional.empty();
        }
        Spread net = Spread.of(pairs.stream().mapToDouble(p -> p[0]).toArray());
        Spread base = Spread.of(pairs.stream().mapToDouble(p -> p[1]).toArray());
        Spread difference = Spread.of(pairs.stream().mapToDouble(p -> p[0] - p[1]).toArray());
        if (net.std() == 0 || base.std() == 0) {
            return Optional.empty();
        }
        double unpaired = net.std() * net.std() + base.std() * base.std();
        double share = difference.std() * difference.std() / unpaired;
        // var(a - b) = var(a) + var(b) - 2 cov(a, b)
        double correlation = (unpaired - difference.std() * difference.std()) / (2 * net.std() * base.std());
        return Optional.of(new double[]{correlation, share});
    }
}
