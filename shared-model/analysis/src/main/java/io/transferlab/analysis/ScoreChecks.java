package io.transferlab.analysis;

import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the findings may use of a set of scores: one score per net (variant, depth, seed); and what they leave out,
 * said in warnings. A net given more than once with the same scores counts once. A net given with different scores
 * (a rerun that diverged, two files merged) is left out altogether: which copy is right is not for the statistics to
 * guess, and taking either would let the order of the rows decide a verdict. Accuracies that are not finite (a net
 * that recorded no validation score) are excluded per metric, never judged.
 */
public final class ScoreChecks {

    private ScoreChecks() {
    }

    /** One score per net, in first-seen order; nets given with conflicting scores are left out. */
    public static List<Score> distinct(List<Score> scores) {
        Map<String, List<Score>> byNet = byNet(scores);
        return byNet.values().stream().filter(copies -> !conflicting(copies)).map(copies -> copies.get(0)).toList();
    }

    public static List<String> warnings(List<Score> scores) {
        List<String> warnings = new ArrayList<>();
        byNet(scores).forEach((net, copies) -> {
            if (conflicting(copies)) {
                warnings.add(net + " was given " + copies.size() + " times with different scores ("
                        + String.join(" and ", copies.stream().map(ScoreChecks::values).toList())
                        + "): left out of the table and the findings");
            } else if (copies.size() > 1) {
                warnings.add(net + " was given " + copies.size() + " times with the same scores: counted once");
            }
        });
        for (Score score : distinct(scores)) {
            for (Metric metric : Metric.values()) {
                if (score.has(metric) && !Double.isFinite(metric.of(score))) {
                    warnings.add(key(score) + " has no finite " + metric.key() + " (" + metric.of(score)
                            + "): left out of the findings on " + metric.key());
                }
            }
        }
        return warnings;
    }

    /** Whether two scores of one net agree on every metric (NaN agrees with NaN). */
    static boolean same(Score a, Score b) {
        for (Metric metric : Metric.values()) {
            if (Double.compare(metric.of(a), metric.of(b)) != 0) {
                return false;
            }
        }
        return true;
    }

    /** E.g. "test 0.9412, bestValidation 0.9388". */
    static String values(Score score) {
        return Arrays.stream(Metric.values()).filter(score::has).map(m -> m.key() + " " + score.value(m))
                .collect(Collectors.joining(", "));
    }

    static String key(Score score) {
        Variant variant = score.variant();
        return String.format(Locale.ROOT, "%s n = %d seed %d", variant.label(), score.depth(), score.seed());
    }

    private static boolean conflicting(List<Score> copies) {
        return copies.stream().anyMatch(copy -> !same(copy, copies.get(0)));
    }

    private static Map<String, List<Score>> byNet(List<Score> scores) {
        Map<String, List<Score>> byNet = new LinkedHashMap<>();
        scores.forEach(score -> byNet.computeIfAbsent(key(score), k -> new ArrayList<>()).add(score));
        return byNet;
    }
}
