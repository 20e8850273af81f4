package io.transferlab.cli.output;

import io.transferlab.contracts.messaging.ResultCell;
import io.transferlab.contracts.spec.Variant;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/** Figure 2 as a text table: a row per depth n (base nets at 0), a column per variant, mean ± std over seeds. */
public final class ResultsTable {

    private ResultsTable() {
    }

    public static String format(List<ResultCell> cells) {
        List<Variant> variants = cells.stream().map(ResultCell::variant).distinct().sorted().toList();
        TreeSet<Integer> depths = new TreeSet<>(cells.stream().map(ResultCell::depth).toList());
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-3s", "n"));
        variants.forEach(v -> out.append(String.format(Locale.ROOT, " %15s", v.label())));
        out.append('\n');
        for (int depth : depths) {
            out.append(String.format(Locale.ROOT, "%-3d", depth));
            for (Variant variant : variants) {
                out.append(String.format(Locale.ROOT, " %15s", cell(cells, variant, depth)
                        .map(c -> String.format(Locale.ROOT, "%.3f±%.3f", c.testMean(), c.testStd())).orElse("")));
            }
            out.append('\n');
        }
        return out.append("top-1 accuracy of the last checkpoint on the target half's test images, mean±std over seeds")
                .toString();
    }

    private static Optional<ResultCell> cell(List<ResultCell> cells, Variant variant, int depth) {
        return cells.stream().filter(c -> c.variant() == variant && c.depth() == depth).findFirst();
    }
}
