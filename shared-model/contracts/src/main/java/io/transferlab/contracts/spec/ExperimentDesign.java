package io.transferlab.contracts.spec;

import java.util.List;

/**
 * What every experiment of a study shares: an experiment request without its id. The fields mean what they mean in
 * {@link ExperimentSpec}, with the same defaults.
 *
 * @param dataset      the images
 * @param split        the A/B split; left out on the split axis, whose levels set it
 * @param architecture compact8 (default) or caffenet8
 * @param depths       the layer depths n
 * @param variants     the networks to train
 * @param seeds        one sweep per seed
 * @param profile      quick (default) or paper
 * @param budget       overrides of the profile's budget; trainImagesB left out on the size axis, whose levels set it
 * @param evaluation   overrides of the profile's evaluation settings
 */
public record ExperimentDesign(DatasetRef dataset, SplitSpec split, String architecture, List<Integer> depths,
                               List<Variant> variants, List<Long> seeds, String profile, TrainingBudget budget,
                               EvaluationSettings evaluation) {

    /** The request of one level's experiment: this design under that id, with the level's split and budget. */
    public ExperimentSpec experiment(String experimentId, SplitSpec levelSplit, TrainingBudget levelBudget) {
        return new ExperimentSpec(experimentId, dataset, levelSplit, architecture, depths, variants, seeds, profile,
                levelBudget, evaluation);
    }
}
