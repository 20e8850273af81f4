package io.transferlab.network.sweep;

import io.transferlab.contracts.spec.Variant;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Figure 2 as text: one row per depth n (base nets at n = 0), one column per variant, mean over seeds. */
final class SweepTable {

    private SweepTable() {
    }

    static String format(List<LocalSweep.SweepRow> rows) {
        List<Variant> variants = rows.stream().map(r -> r.job().variant()).distinct().sorted().toList();
        TreeSet<Integer> depths = new TreeSet<>(rows.stream().map(r -> r.job().depth()).toList());
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-3s", "n"));
        variants.forEach(v -> out.append(String.format(Locale.ROOT, " %15s", v.label())));
        out.append(String.format(Locale.ROOT, "%n"));
        for (int n : depths) {
            out.append(String.format(Locale.ROOT, "%-3d", n));
            for (Variant v : variants) {
                out.append(String.format(Locale.ROOT, " %15s", cell(rows, v, n)));
            }
            out.append(String.format(Locale.ROOT, "%n"));
        }
        return out.append("cells: test accuracy of the last checkpoint / mean of the best validation scores")
                .toString();
    }

    private static String cell(List<LocalSweep.SweepRow> rows, Variant variant, int depth) {
        List<LocalSweep.SweepRow> matching = rows.stream()
                .filter(r -> r.job().variant() == variant && r.job().depth() == depth).toList();
        if (matching.isEmpty()) {
            return "";
        }
        double test = matching.stream().mapToDouble(LocalSweep.SweepRow::testAccuracy).average().orElseThrow();
        double best = matching.stream().mapToDouble(LocalSweep.SweepRow::bestValidation)
                .average().orElse(Double.NaN);
        return String.format(Locale.ROOT, "%.3f/%.3f", test, best);
    }
}
