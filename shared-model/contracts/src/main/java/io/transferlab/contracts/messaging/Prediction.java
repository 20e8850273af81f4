package io.transferlab.contracts.messaging;

import java.util.List;

/**
 * What the estimates predicted, and, where the transfer nets were trained, how far to trust them.
 *
 * @param cells        every estimator at every depth, means over seeds
 * @param checks       each estimator against each measured transfer variant; empty for a predict-only experiment
 * @param advisedDepth the depth to cut at by the linear probe on baseA's features (its highest mean accuracy, the
 *                     deeper on a tie); null without estimates
 * @param advice       that advice in one line, or why there is none
 * @param costs        mean cost of one seed's estimates (all its depths), by step
 * @param seeds        seeds with estimates
 * @param warnings     seeds whose estimates failed, with the reason
 */
public record Prediction(List<EstimateCell> cells, List<PredictionCheck> checks, Integer advisedDepth, String advice,
                         EstimateCosts costs, int seeds, List<String> warnings) {

    public Prediction {
        cells = List.copyOf(cells);
        checks = List.copyOf(checks);
        warnings = List.copyOf(warnings);
    }

    /** No estimates: the plan has no baseA and baseB pair, or none arrived. */
    public static Prediction none(String why) {
        return new Prediction(List.of(), List.of(), null, why, EstimateCosts.NONE, 0, List.of());
    }
}
