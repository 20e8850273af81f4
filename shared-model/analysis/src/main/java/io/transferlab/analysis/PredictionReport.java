package io.transferlab.analysis;

import io.transferlab.contracts.messaging.EstimateCell;
import io.transferlab.contracts.messaging.EstimateCosts;
import io.transferlab.contracts.messaging.Prediction;
import io.transferlab.contracts.messaging.PredictionCheck;
import io.transferlab.contracts.messaging.TransferEstimator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The "predicted" part of a text report: the estimates per depth, the advice, the checks against the sweep, the cost. */
public final class PredictionReport {

    private PredictionReport() {
    }

    public static String text(Prediction prediction) {
        if (prediction == null || prediction.seeds() == 0) {
            return "Predicted before training: " + (prediction == null ? "no estimates in this result"
                    : prediction.advice()) + warnings(prediction);
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Predicted before training (on baseA's "
                + "layer-n features for half B / on a random net's; means over %d seeds):%n%-3s", prediction.seeds(),
                "n"));
        for (TransferEstimator estimator : TransferEstimator.values()) {
            out.append(String.format(Locale.ROOT, " %21s", estimator.title()));
        }
        out.append('\n');
        prediction.cells().stream().map(EstimateCell::depth).distinct().forEach(depth -> {
            out.append(String.format(Locale.ROOT, "%-3d", depth));
            for (TransferEstimator estimator : TransferEstimator.values()) {
                out.append(String.format(Locale.ROOT, " %21s", cell(prediction, estimator, depth)
                        .map(c -> String.format(Locale.ROOT, "%.3f / %.3f", c.onA(), c.onRandom())).orElse("")));
            }
            out.append('\n');
        });
        out.append("Advice: ").append(prediction.advice()).append('\n');
        if (!prediction.checks().isEmpty()) {
            out.append("Predicted vs measured (Kendall's tau over the depths within each seed, mean [95% bootstrap "
                    + "interval over seeds], Holm-adjusted permutation p):\n");
            prediction.checks().stream().map(PredictionCheck::reading).forEach(r -> out.append("  ").append(r)
                    .append('\n'));
        }
        EstimateCosts c = prediction.costs();
        out.append(String.format(Locale.ROOT, "Estimates cost per seed (baseA, baseB and the random net, all depths):"
                + " %.1f s: features %.1f, probe %.1f, LogME %.1f, H-score %.1f, CKA %.1f", c.total(), c.features(),
                c.probe(), c.logMe(), c.hScore(), c.cka()));
        return out + warnings(prediction);
    }

    private static Optional<EstimateCell> cell(Prediction prediction, TransferEstimator estimator, int depth) {
        return prediction.cells().stream().filter(c -> c.depth() == depth && c.estimator().equals(estimator.key()))
                .findFirst();
    }

    private static String warnings(Prediction prediction) {
        List<String> warnings = prediction == null ? List.of() : prediction.warnings();
        return warnings.isEmpty() ? "" : "\nEstimates missing: " + String.join("; ", warnings);
    }
}
