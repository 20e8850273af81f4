package io.transferlab.contracts.spec;

import java.util.List;

/**
 * An experiment as it runs: a validated request with every default filled in, made once by data-prep
 * ({@link ExperimentSpec#resolve()}) and carried by every message about the experiment.
 *
 * @param experimentId the experiment
 * @param dataset      the data set and where it is read from
 * @param split        the A/B class split and the seeds' data draw, every default filled in
 * @param architecture the net's architecture
 * @param depths       the layer depths n to cut at
 * @param variants     the networks to train
 * @param seeds        one full sweep per seed
 * @param profile      the profile the budget and evaluation settings were filled from
 * @param budget       the training budget
 * @param evaluation   the evaluation settings
 */
public record ResolvedSpec(String experimentId, ResolvedDataset dataset, ResolvedSplit split,
                           NetArchitecture architecture,
                           List<Integer> depths, List<Variant> variants, List<Long> seeds, Profile profile,
                           ResolvedBudget budget, ResolvedEvaluation evaluation) {

    public ResolvedSpec {
        depths = List.copyOf(depths);
        variants = List.copyOf(variants);
        seeds = List.copyOf(seeds);
    }
}
