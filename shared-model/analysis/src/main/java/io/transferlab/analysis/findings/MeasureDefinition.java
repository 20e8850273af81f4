package io.transferlab.analysis.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How one measure is computed from the nets of one seed, oriented so that the paper's effect is positive: a sum of
 * signed terms, each a mean over a window of depths. It uses the seeds that have every term, and in each window only
 * the depths every one of those seeds has, so no seed is measured on other nets than another; the paper's value is
 * taken on the same depths.
 *
 * @param name         short name
 * @param terms        what is added and subtracted
 * @param sharedDepths whether all terms use the same depths (a mean of paired differences per depth)
 */
record MeasureDefinition(String name, List<Term> terms, boolean sharedDepths) {

    /**
     * The measure's definition on the depths actually used, those depths (one window per term), and its value per
     * seed; no values when a term had no depth in common over the seeds.
     */
    record Resolved(MeasureDefinition measure, String definition, List<SortedSet<Integer>> windows, double[] values) {

        /**
         * The measure on another set of nets (the paper's) on exactly these depths, so that the two are comparable;
         * null where that set lacks one of them.
         */
        Double on(SeedScores seed) {
            double value = 0;
            for (int t = 0; t < measure.terms.size(); t++) {
                Term term = measure.terms.get(t);
                SortedSet<Integer> window = windows.get(t);
                TreeMap<Integer, Double> scores = seed.window(term.variant(), term.from(), term.to());
                if (window.isEmpty() || !scores.keySet().containsAll(window)) {
                    return null;
                }
                value += term.sign() * window.stream().mapToDouble(scores::get).average().orElseThrow();
            }
            return value;
        }
    }

    Resolved resolve(List<SeedScores> seeds) {
        List<SeedScores> used = seeds.stream()
                .filter(seed -> terms.stream().noneMatch(t -> seed.window(t.variant(), t.from(), t.to()).isEmpty()))
                .toList();
        List<SortedSet<Integer>> windows = new ArrayList<>();
        for (Term term : terms) {
            SortedSet<Integer> common = new TreeSet<>();
            for (int depth = term.from(); depth <= term.to(); depth++) {
                int d = depth;
                if (!used.isEmpty() && used.stream().allMatch(s -> s.window(term.variant(), d, d).containsKey(d))) {
                    common.add(depth);
                }
            }
            windows.add(common);
        }
        if (sharedDepths) {
            SortedSet<Integer> shared = new TreeSet<>(windows.get(0));
            windows.forEach(shared::retainAll);
            windows.replaceAll(w -> shared);
        }
        Resolved empty = new Resolved(this, describe(windows), List.copyOf(windows), new double[0]);
        if (used.isEmpty() || windows.stream().anyMatch(SortedSet::isEmpty)) {
            return empty;
        }
        return new Resolved(this, empty.definition(), empty.windows(),
                used.stream().mapToDouble(seed -> empty.on(seed)).toArray());
    }

    /** E.g. "baseB - mean(BnB at n = 3, 4, 5)" or "mean over n = 6, 7 of (BnB - AnB)"; the range where none. */
    private String describe(List<SortedSet<Integer>> windows) {
        StringBuilder out = new StringBuilder();
        for (int t = 0; t < terms.size(); t++) {
            Term term = terms.get(t);
            out.append(t == 0 ? (term.sign() < 0 ? "-" : "") : term.sign() < 0 ? " - " : " + ");
            out.append(term.variant().isBase() || sharedDepths ? term.variant().label()
                    : String.format(Locale.ROOT, "mean(%s at n = %s)", term.variant().label(),
                    depths(windows.get(t), term)));
        }
        return sharedDepths ? "mean over n = " + depths(windows.get(0), terms.get(0)) + " of (" + out + ")"
                : out.toString();
    }

    private static String depths(SortedSet<Integer> window, Term term) {
        return window.isEmpty() ? term.from() + ".." + term.to() + " (none run for every seed)"
                : window.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
