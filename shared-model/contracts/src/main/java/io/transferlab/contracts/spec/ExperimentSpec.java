package io.transferlab.contracts.spec;

import java.util.List;
import java.util.stream.IntStream;

/**
 * An experiment request as a user publishes it. Every field but the data set may be left out; {@link #resolved()}
 * fills the defaults so that the plan and the services only ever see complete specs.
 *
 * @param experimentId lower-case id, [a-z0-9][a-z0-9-]{0,62}; keys topics and object storage
 * @param dataset      the images
 * @param split        the A/B class split; default a random split in two equal halves, seed 1
 * @param architecture compact8 (default) or caffenet8
 * @param depths       the layer depths n to cut at, each in 1..7 (default 1..7)
 * @param variants     the networks to train (default baseA, baseB, BnB, BnB+, AnB, AnB+, RnB)
 * @param seeds        one full sweep per seed (default [1])
 * @param profile      quick (default) or paper: fills the budget and evaluation settings
 * @param budget       overrides of the profile's training budget
 * @param evaluation   overrides of the profile's evaluation settings
 */
public record ExperimentSpec(String experimentId, DatasetRef dataset, SplitSpec split, String architecture,
                             List<Integer> depths, List<Variant> variants, List<Long> seeds, String profile,
                             TrainingBudget budget, EvaluationSettings evaluation) {

    public static final List<Integer> DEFAULT_DEPTHS = IntStream.rangeClosed(1, 7).boxed().toList();
    public static final List<Variant> DEFAULT_VARIANTS = List.of(Variant.BASE_A, Variant.BASE_B, Variant.BNB,
            Variant.BNB_PLUS, Variant.ANB, Variant.ANB_PLUS, Variant.RNB);

    /** This spec with every default filled in. Call only on a spec that passed validation. */
    public ExperimentSpec resolved() {
        Profile chosen = chosenProfile();
        return new ExperimentSpec(experimentId, dataset,
                split == null ? new SplitSpec(null, null, 1L, null, null, null) : split,
                architecture == null ? Catalog.COMPACT8 : architecture,
                depths == null ? DEFAULT_DEPTHS : List.copyOf(depths),
                variants == null ? DEFAULT_VARIANTS : List.copyOf(variants),
                seeds == null ? List.of(1L) : List.copyOf(seeds),
                chosen.id(), resolvedBudget(), resolvedEvaluation());
    }

    public Profile chosenProfile() {
        return profile == null ? Profile.QUICK : Profile.fromId(profile);
    }

    /** The budget with the profile's defaults filled in (needs a valid profile). */
    public TrainingBudget resolvedBudget() {
        return budget == null ? chosenProfile().budget() : budget.orElse(chosenProfile().budget());
    }

    public EvaluationSettings resolvedEvaluation() {
        return evaluation == null ? chosenProfile().evaluation() : evaluation.orElse(chosenProfile().evaluation());
    }
}
