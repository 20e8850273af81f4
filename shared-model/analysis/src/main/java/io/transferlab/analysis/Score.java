package io.transferlab.analysis;

import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.spec.Variant;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluated net, reduced to what the figure and the findings need.
 *
 * @param variant        which network
 * @param depth          n; 0 for base nets, whatever their job said, since they copy nothing
 * @param seed           the sweep seed
 * @param test           top-1 of the last checkpoint on the target half's test images
 * @param bestValidation the paper's metric: mean of the best k validation scores
 */
public record Score(Variant variant, int depth, long seed, double test, double bestValidation) {

    public Score {
        depth = variant.isBase() ? 0 : depth;
    }

    /**
     * The scores of the given evaluations. Kafka delivers at least once, so a job evaluated twice counts once, with
     * its latest evaluation.
     */
    public static List<Score> of(Collection<EvaluationCompleted> evaluations) {
        Map<String, EvaluationCompleted> latestByJob = new LinkedHashMap<>();
        evaluations.forEach(evaluation -> latestByJob.put(evaluation.job().jobId(), evaluation));
        return latestByJob.values().stream()
                .map(e -> new Score(e.job().variant(), e.job().depth(), e.job().seed(), e.report().accuracy(),
                        e.bestValidation()))
                .toList();
    }
}
