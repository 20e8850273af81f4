package io.transferlab.analysis;

import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the findings may use of a set of scores: one score per net (variant, depth, seed), the last one given; and what
 * they leave out, said in warnings: duplicates, and accuracies that are not finite (a net that recorded no validation
 * score), which are excluded per metric, never judged.
 */
public final class ScoreChecks {

    private ScoreChecks() {
    }

    /** One score per net, the last of duplicates, in first-seen order. */
    public static List<Score> distinct(List<Score> scores) {
        Map<String, Score> byNet = new LinkedHashMap<>();
        scores.forEach(score -> byNet.put(key(score), score));
        return List.copyOf(byNet.values());
    }

    public static List<String> warnings(List<Score> scores) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        scores.forEach(score -> seen.merge(key(score), 1, Integer::sum));
        List<String> warnings = new ArrayList<>();
        seen.forEach((net, times) -> {
            if (times > 1) {
                warnings.add(net + " was given " + times + " times: counted once, the last");
            }
        });
        for (Score score : distinct(scores)) {
            for (Metric metric : Metric.values()) {
                if (!Double.isFinite(metric.of(score))) {
                    warnings.add(key(score) + " has no finite " + metric.key() + " (" + metric.of(score)
                            + "): left out of the findings on " + metric.key());
                }
            }
        }
        return warnings;
    }

    private static String key(Score score) {
        Variant variant = score.variant();
        return String.format(Locale.ROOT, "%s n = %d seed %d", variant.label(), score.depth(), score.seed());
    }
}
