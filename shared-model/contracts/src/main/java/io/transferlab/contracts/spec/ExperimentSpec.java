package io.transferlab.contracts.spec;

import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;

/**
 * An experiment request as a user publishes it. Every field but the data set may be left out; {@link #resolve()}
 * fills the defaults so that the plan and the services only ever see complete specs ({@link ResolvedSpec}).
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

    public static final List<Integer> DEFAULT_DEPTHS =
            IntStream.rangeClosed(1, NetArchitecture.MAX_DEPTH).boxed().toList();
    public static final List<Variant> DEFAULT_VARIANTS = List.of(Variant.BASE_A, Variant.BASE_B, Variant.BNB,
            Variant.BNB_PLUS, Variant.ANB, Variant.ANB_PLUS, Variant.RNB);

    /** The experiment this request asks for, every default filled in. Call only on a request that passed validation. */
    public ResolvedSpec resolve() {
        Dataset known = Dataset.fromId(dataset.name()).orElseThrow();
        return new ResolvedSpec(experimentId,
                new ResolvedDataset(known, dataset.location() != null ? dataset.location()
                        : known.defaultLocation().orElseThrow()),
                (split == null ? SplitSpec.DEFAULT : split).resolve(),
                architecture == null ? NetArchitecture.COMPACT8 : NetArchitecture.fromId(architecture).orElseThrow(),
                depths == null ? DEFAULT_DEPTHS : depths,
                variants == null ? DEFAULT_VARIANTS : variants,
                seeds == null ? List.of(1L) : seeds,
                chosenProfile(), ResolvedBudget.of(budgetOverProfile()),
                ResolvedEvaluation.of(evaluationOverProfile()));
    }

    private Profile chosenProfile() {
        return profile == null ? Profile.QUICK : Profile.fromId(profile);
    }

    /** The request's budget with its profile's values where it gives none; unchecked (needs a valid profile). */
    public TrainingBudget budgetOverProfile() {
        return budget == null ? chosenProfile().budget() : budget.orElse(chosenProfile().budget());
    }

    /**
     * The request's evaluation settings with its profile's values where it gives none; unchecked. A profile's bestK
     * above the validation points the budget is known to give becomes that number (the metric cannot average more
     * scores than exist); a bestK the request gives is kept as given, and the validator rejects it if it is too large.
     */
    public EvaluationSettings evaluationOverProfile() {
        EvaluationSettings settings = evaluation == null ? chosenProfile().evaluation()
                : evaluation.orElse(chosenProfile().evaluation());
        OptionalLong points = validationPoints(budgetOverProfile(), settings);
        boolean ownBestK = evaluation != null && evaluation.bestK() != null;
        if (ownBestK || points.isEmpty() || settings.validateEvery() == null || settings.bestK() == null
                || points.getAsLong() >= settings.bestK()) {
            return settings;
        }
        return new EvaluationSettings(settings.validateEvery(), (int) Math.max(1, points.getAsLong()),
                settings.validationImages(), settings.testImages());
    }

    /**
     * At most how many validation scores each net records (one every validateEvery iterations and one at the end),
     * on the net with the fewest, where the budget bounds it in advance: a number of iterations, or epochs over at
     * most trainImagesPerHalf (or trainImagesB) images. Empty when it depends on the data set's size.
     */
    public static OptionalLong validationPoints(TrainingBudget budget, EvaluationSettings evaluation) {
        if (evaluation.validateEvery() == null || evaluation.validateEvery() < 1 || budget.batchSize() == null
                || budget.batchSize() < 1) {
            return OptionalLong.empty();
        }
        long total;
        if (budget.iterations() != null) {
            total = budget.iterations();
        } else if (budget.epochs() != null && (budget.trainImagesPerHalf() != null || budget.trainImagesB() != null)) {
            // The net on the smaller training set records the fewest points; bestK must not exceed them.
            int images = budget.trainImagesB() == null ? budget.trainImagesPerHalf()
                    : budget.trainImagesPerHalf() == null ? budget.trainImagesB()
                    : Math.min(budget.trainImagesPerHalf(), budget.trainImagesB());
            int batchesPerEpoch = (images + budget.batchSize() - 1) / budget.batchSize();
            total = (long) budget.epochs() * batchesPerEpoch;
        } else {
            return OptionalLong.empty();
        }
        return OptionalLong.of((total + evaluation.validateEvery() - 1) / evaluation.validateEvery());
    }
}
