package io.transferlab.analysis;

import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The paper's own Figure 2 numbers (ImageNet, random A/B splits, target B, mean of the 10 best validation scores;
 * recomputed from the authors' logs, see PAPER.md), as if they were one seed's scores. The findings' paper values and
 * the figure's reference curves both come from here.
 */
public final class PaperFigure2 {

    /** baseB over 8 nets. */
    public static final double BASE_B = 0.6251;

    /** n = 1..7. */
    private static final Map<Variant, double[]> SERIES = Map.of(
            Variant.BNB, new double[]{0.6267, 0.6235, 0.6211, 0.6048, 0.5935, 0.6188, 0.6232},
            Variant.ANB, new double[]{0.6282, 0.6239, 0.6189, 0.5998, 0.5780, 0.5806, 0.5425},
            Variant.BNB_PLUS, new double[]{0.6177, 0.6215, 0.6313, 0.6287, 0.6301, 0.6276, 0.6266},
            Variant.ANB_PLUS, new double[]{0.6373, 0.6358, 0.6426, 0.6398, 0.6446, 0.6460, 0.6465});

    /** The dissimilar split (man-made vs natural classes), frozen transfer to the natural half: baseB, n = 1..7. */
    private static final double DISSIMILAR_BASE = 0.6534;
    private static final double[] DISSIMILAR_ANB = {0.6571, 0.6506, 0.6250, 0.5824, 0.5219, 0.4851, 0.3990};

    private PaperFigure2() {
    }

    /** The four series the paper plots for target B, in its order. */
    public static List<Variant> variants() {
        return List.of(Variant.BNB, Variant.BNB_PLUS, Variant.ANB, Variant.ANB_PLUS);
    }

    /** A series' accuracies at n = 1..7. */
    public static double[] series(Variant variant) {
        double[] values = SERIES.get(variant);
        if (values == null) {
            throw new IllegalArgumentException("the paper gives no Figure 2 series for " + variant);
        }
        return values.clone();
    }

    /** baseB and the four series at n = 1..7, every metric set to the paper's value. */
    public static List<Score> scores() {
        List<Score> scores = new ArrayList<>();
        scores.add(score(Variant.BASE_B, 0, BASE_B));
        SERIES.forEach((variant, values) -> {
            for (int n = 1; n <= values.length; n++) {
                scores.add(score(variant, n, values[n - 1]));
            }
        });
        return scores;
    }

    /** baseB and frozen AnB at n = 1..7 of the paper's dissimilar split (its Section 4.2), every metric alike. */
    public static List<Score> dissimilarScores() {
        List<Score> scores = new ArrayList<>();
        scores.add(score(Variant.BASE_B, 0, DISSIMILAR_BASE));
        for (int n = 1; n <= DISSIMILAR_ANB.length; n++) {
            scores.add(score(Variant.ANB, n, DISSIMILAR_ANB[n - 1]));
        }
        return scores;
    }

    /** The paper reports one accuracy per net: it stands for the net's value on every metric. */
    private static Score score(Variant variant, int depth, double accuracy) {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        Arrays.stream(Metric.values()).forEach(metric -> values.put(metric, accuracy));
        return new Score(variant, depth, 0, values);
    }
}
