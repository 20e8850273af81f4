package io.transferlab.analysis;

import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.Measure;
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

    /** A row per depth n (base nets at 0), a column per variant, mean ± std over seeds. */
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
                        .map(c -> String.format(Locale.ROOT, "%.3f±%.3f", metric.mean(c), metric.std(c)))
                        .orElse("")));
            }
            out.append('\n');
        }
        int seeds = cells.stream().mapToInt(ResultCell::count).max().orElse(0);
        return out.append(String.format(Locale.ROOT, "%s, target half; mean±std over seeds (up to %d)",
                metric.description(), seeds)).toString();
    }

    /** Each finding on the given metric: its verdict, then every measure with the paper's value beside it. */
    public static String findings(List<Finding> findings, Metric metric) {
        StringBuilder out = new StringBuilder("Findings (" + metric.description() + "):\n");
        for (Finding finding : findings) {
            if (!finding.metric().equals(metric.key())) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "%d. %-16s %-12s %s%n", finding.number(), finding.key(),
                    finding.verdict(), finding.claim()));
            for (Measure measure : finding.measures()) {
                out.append(String.format(Locale.ROOT, "     %-28s %8s  paper %7s  %s%n", measure.name(),
                        measure.mean() == null ? "n/a" : String.format(Locale.ROOT, "%+.4f", measure.mean()),
                        measure.paper() == null ? "n/a" : String.format(Locale.ROOT, "%+.4f", measure.paper()),
                        measure.reason()));
            }
        }
        return out.toString().stripTrailing();
    }

    private static Optional<ResultCell> cell(List<ResultCell> cells, Variant variant, int depth) {
        return cells.stream().filter(c -> c.variant() == variant && c.depth() == depth).findFirst();
    }
}
