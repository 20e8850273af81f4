package io.transferlab.analysis.study;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.PaperFigure2;
import io.transferlab.analysis.Resolution;
import io.transferlab.analysis.findings.Measures;
import io.transferlab.analysis.findings.SeedScores;
import io.transferlab.analysis.findings.VerdictRule;
import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.Measure;
import io.transferlab.contracts.messaging.Verdict;
import io.transferlab.contracts.spec.StudyAxis;
import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A study's finding across its levels, called by the rule of the paper's four: its deciding measure is computed per
 * seed, oriented so that the expected effect is positive, and a two-sided t-test over seeds at 5% says supported or
 * contradicted. A study tests one finding (its axis's), so there is nothing to correct for.
 * <ul>
 * <li>Size: per seed, the slope of the gain of fine-tuned transfer over log10 of B's images, over every level,
 * negated: the gain per tenfold fewer images.</li>
 * <li>Split: the gain of frozen transfer on the nearest split minus on the farthest. The split is not replicated
 * (one class split per level), so the verdict is about these two splits, not task distance in general.</li>
 * </ul>
 * It uses the seeds that have baseB and the variant at every level, and the depths every one of them has at every
 * level: a missing net removes a depth for all seeds, never a seed.
 */
public final class StudyFindings {

    /** The split finding looks at the upper half of the net, where the paper's two splits part. */
    static final int UPPER_FROM = 4;

    private StudyFindings() {
    }

    /** The axis's finding on the metric; levels in any order (the size axis sorts by images, the split by place). */
    public static Finding of(StudyAxis axis, List<StudyLevel> levels, Metric metric) {
        List<StudyLevel> sorted = levels.stream().sorted(Comparator.comparingDouble(StudyLevel::value)).toList();
        boolean size = axis == StudyAxis.TARGET_SIZE;
        Variant variant = size ? Variant.ANB_PLUS : Variant.ANB;
        String key = size ? "small-target" : "task-distance";
        String claim = size ? "fine-tuned transfer (AnB+) gains more over training from scratch as the target set "
                + "shrinks" : "frozen transfer (AnB) loses more against training from scratch on the farther of these "
                + "splits (one class split per level: about these splits, not task distance in general)";
        if (sorted.size() < 2) {
            return untested(key, claim, metric, "not tested: a study needs two levels or more");
        }
        List<Map<Long, SeedScores>> bySeed = sorted.stream()
                .<Map<Long, SeedScores>>map(l -> SeedScores.bySeed(l.scores(), metric)).toList();
        Set<Long> seeds = seedsAtEveryLevel(bySeed, variant);
        SortedSet<Integer> depths = depthsOfEverySeed(bySeed, seeds, variant);
        if (!size && !depths.tailSet(UPPER_FROM).isEmpty()) {
            depths = depths.tailSet(UPPER_FROM);
        }
        List<PairedValues> gains = new ArrayList<>();
        for (Map<Long, SeedScores> level : bySeed) {
            Map<Long, SeedScores> used = new TreeMap<>(level);
            used.keySet().retainAll(seeds);
            gains.add(TransferGains.gain(used, variant, depths));
        }
        String gainOf = String.format(Locale.ROOT, "mean over n = %s of (%s - baseB)", join(depths), variant.label());
        double resolution = Resolution.of(sorted.stream().flatMap(l -> l.scores().stream()).mapToDouble(metric::of)
                .toArray());
        Map<Long, Double> deciding = size ? slopes(sorted, gains)
                : difference(gains.get(0), gains.get(gains.size() - 1));
        String definition = size ? String.format(Locale.ROOT, "per seed, minus the slope of [%s] against log10(images "
                + "of B) over the %d levels: the gain per tenfold fewer images", gainOf, sorted.size())
                : String.format(Locale.ROOT, "[%s] at %s - at %s", gainOf, sorted.get(0).label(),
                sorted.get(sorted.size() - 1).label());
        List<Measure> measures = new ArrayList<>();
        measures.add(measure(size ? "gain per tenfold fewer images" : "gain difference", definition, true,
                deciding, size ? null : paperSplitEffect(depths), resolution));
        for (int i = 0; i < sorted.size(); i++) {
            measures.add(measure("gain at " + sorted.get(i).label(), gainOf, false, gains.get(i).bySeed(), null,
                    resolution));
        }
        String test = "two-sided t-test over seeds at 5% of " + definition;
        VerdictRule.Judgement judgement = VerdictRule.judge(new PairedValues(deciding).spread(), resolution);
        return new Finding(1, key, claim, test, metric.key(), true, judgement.verdict(),
                Double.isNaN(judgement.p()) ? null : judgement.p(), judgement.reason(), measures);
    }

    private static Set<Long> seedsAtEveryLevel(List<Map<Long, SeedScores>> levels, Variant variant) {
        Set<Long> seeds = new TreeSet<>(levels.get(0).keySet());
        for (Map<Long, SeedScores> level : levels) {
            seeds.removeIf(seed -> !level.containsKey(seed) || level.get(seed).window(Variant.BASE_B, 0, 0).isEmpty()
                    || level.get(seed).window(variant, 1, Integer.MAX_VALUE).isEmpty());
        }
        return seeds;
    }

    private static SortedSet<Integer> depthsOfEverySeed(List<Map<Long, SeedScores>> levels, Set<Long> seeds,
                                                        Variant variant) {
        SortedSet<Integer> depths = new TreeSet<>();
        if (seeds.isEmpty()) {
            return depths;
        }
        depths.addAll(levels.get(0).get(seeds.iterator().next()).window(variant, 1, Integer.MAX_VALUE).keySet());
        for (Map<Long, SeedScores> level : levels) {
            seeds.forEach(seed -> depths.retainAll(level.get(seed).window(variant, 1, Integer.MAX_VALUE).keySet()));
        }
        return depths;
    }

    /** Per seed, minus the least-squares slope of its gains over log10 of the levels' images. */
    private static Map<Long, Double> slopes(List<StudyLevel> levels, List<PairedValues> gains) {
        double[] x = levels.stream().mapToDouble(l -> Math.log10(l.value())).toArray();
        double meanX = Arrays.stream(x).average().orElseThrow();
        double sxx = Arrays.stream(x).map(v -> (v - meanX) * (v - meanX)).sum();
        Map<Long, Double> slopes = new TreeMap<>();
        for (Long seed : gains.get(0).bySeed().keySet()) {
            double meanY = gains.stream().mapToDouble(g -> g.bySeed().get(seed)).average().orElseThrow();
            double sxy = 0;
            for (int i = 0; i < x.length; i++) {
                sxy += (x[i] - meanX) * (gains.get(i).bySeed().get(seed) - meanY);
            }
            slopes.put(seed, -sxy / sxx);
        }
        return slopes;
    }

    private static Map<Long, Double> difference(PairedValues first, PairedValues last) {
        return first.bySeed().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue() - last.bySeed().get(e.getKey()), (a, b) -> a, TreeMap::new));
    }

    /** The paper's measure for its random (near) and dissimilar (far) splits on the same depths (Section 4.2). */
    private static Double paperSplitEffect(SortedSet<Integer> depths) {
        Map<Long, SeedScores> near = SeedScores.bySeed(PaperFigure2.scores(), Metric.BEST_VALIDATION);
        Map<Long, SeedScores> far = SeedScores.bySeed(PaperFigure2.dissimilarScores(), Metric.BEST_VALIDATION);
        Double nearGain = TransferGains.gain(near, Variant.ANB, depths).mean();
        Double farGain = TransferGains.gain(far, Variant.ANB, depths).mean();
        return nearGain == null || farGain == null ? null : nearGain - farGain;
    }

    private static Measure measure(String name, String definition, boolean deciding, Map<Long, Double> values,
                                   Double paper, double resolution) {
        return Measures.of(name, definition, deciding, values.values().stream().mapToDouble(Double::doubleValue)
                .toArray(), paper, resolution, effect -> null, null);
    }

    private static Finding untested(String key, String claim, Metric metric, String reason) {
        return new Finding(1, key, claim, reason, metric.key(), true, Verdict.NOT_TESTABLE, null, reason,
                new ArrayList<>());
    }

    private static String join(SortedSet<Integer> depths) {
        return depths.isEmpty() ? "(none run at every level for every seed)" : depths.stream().map(String::valueOf)
                .collect(Collectors.joining(", "));
    }
}
