package io.transferlab.analysis;

import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.Measure;
import io.transferlab.contracts.messaging.Pairing;
import io.transferlab.contracts.messaging.ResultCell;
import io.transferlab.contracts.spec.Variant;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/** Figure 2 and the findings as plain text, for a terminal or a log. */
public final class TextReport {

    private TextReport() {
    }

    /** A row per depth n (base nets at 0), a column per variant, the mean over seeds ± half its 95% interval. */
    public static String table(List<ResultCell> cells, Metric metric) {
        List<Variant> variants = cells.stream().map(ResultCell::variant).distinct().sorted().toList();
        TreeSet<Integer> depths = new TreeSet<>(cells.stream().map(ResultCell::depth).toList());
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-3s", "n"));
        variants.forEach(v -> out.append(String.format(Locale.ROOT, " %15s", v.label())));
        out.append('\n');
        for (int depth : depths) {
            out.append(String.format(Locale.ROOT, "%-3d", depth));
            for (Variant variant : variants) {
                out.append(String.format(Locale.ROOT, " %15s", cell(cells, variant, depth)
                        .map(metric::of)
                        .map(m -> String.format(Locale.ROOT, "%.3f±%.3f", m.mean(), m.halfWidth()))
                        .orElse("")));
            }
            out.append('\n');
        }
        int seeds = cells.stream().mapToInt(ResultCell::count).max().orElse(0);
        return out.append(String.format(Locale.ROOT, "%s, target half; mean over seeds (up to %d) ± half its 95%% "
                + "interval (Student's t; 0 for one seed)", metric.description(), seeds)).toString();
    }

    /**
     * Each finding on the given metric: its verdict with the Holm-adjusted p and the claim, what decides it, then
     * every measure with its 95% interval and the paper's value beside it.
     */
    public static String findings(List<Finding> findings, Metric metric) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : findings) {
            if (!finding.metric().equals(metric.key())) {
                continue;
            }
            if (out.isEmpty()) {
                out.append(String.format(Locale.ROOT, "Findings (%s; %s metric; Holm-corrected at 5%% over the "
                        + "findings that could be tested):%n", metric.description(),
                        finding.primary() ? "primary" : "secondary"));
            }
            out.append(String.format(Locale.ROOT, "%d. %-16s %-12s p = %-6s %s%n", finding.number(), finding.key(),
                    finding.verdict(), finding.p() == null ? "n/a" : String.format(Locale.ROOT, "%.4f", finding.p()),
                    finding.claim()));
            out.append(String.format(Locale.ROOT, "     decided by: %s; %s%n", finding.test(), finding.reason()));
            for (Measure measure : finding.measures()) {
                out.append(String.format(Locale.ROOT, "     %s %-26s %8s %-19s %-8s paper %7s %-8s %s (%d seeds)%n",
                        measure.deciding() ? "*" : " ", measure.name(),
                        measure.mean() == null ? "n/a" : String.format(Locale.ROOT, "%+.4f", measure.mean()),
                        measure.ciLow() == null ? "" : String.format(Locale.ROOT, "[%+.4f, %+.4f]",
                                measure.ciLow(), measure.ciHigh()), relative(measure.relative()),
                        measure.paper() == null ? "n/a" : String.format(Locale.ROOT, "%+.4f", measure.paper()),
                        relative(measure.paperRelative()), measure.definition(), measure.seeds()));
            }
        }
        return out.append("     * deciding measure; [95% interval over seeds]; (%) the effect as a share of baseB's "
                + "error rate, which compares across data sets").toString();
    }

    /**
     * What the intervals cover and what pairing by seed bought, one line each; empty for results from before either
     * was reported.
     */
    public static String design(String variance, Pairing pairing) {
        StringBuilder out = new StringBuilder();
        if (variance != null) {
            out.append("Intervals over seeds cover: ").append(variance).append('\n');
        }
        if (pairing != null && pairing.comparisons() > 0) {
            out.append(String.format(Locale.ROOT, "Pairing by seed: a transfer net correlates r = %+.2f with its seed's"
                    + " baseB (mean over %d cells); the paired difference keeps %.0f%% of the unpaired variance%n",
                    pairing.correlation(), pairing.comparisons(), 100 * pairing.varianceShare()));
        }
        return out.toString();
    }

    private static String relative(Double share) {
        return share == null ? "" : String.format(Locale.ROOT, "(%+.0f%%)", 100 * share);
    }

    /** The scores the findings left out or counted once; empty when there are none. */
    public static String warnings(List<String> warnings) {
        return warnings.isEmpty() ? "" : "Warnings:\n" + String.join("\n", warnings.stream().map(w -> "  " + w)
                .toList());
    }

    private static Optional<ResultCell> cell(List<ResultCell> cells, Variant variant, int depth) {
        return cells.stream().filter(c -> c.variant() == variant && c.depth() == depth).findFirst();
    }
}
