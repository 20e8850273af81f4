package io.transferlab.contracts.validation;

import io.transferlab.contracts.spec.EvaluationSettings;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.TrainingBudget;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;

/**
 * Checks a resolved budget and evaluation settings against the configured bounds; the same table tells a request
 * author what a field allows when its value cannot even be read (a fraction for a count, a number past 2^31).
 */
final class BudgetChecks {

    private final List<Whole> wholes;
    private final List<Fraction> fractions = List.of(
            new Fraction("budget.learningRate", 0, 10, false, false, (b, e) -> b.learningRate()),
            new Fraction("budget.lrDecay", 0, 1, false, true, (b, e) -> b.lrDecay()),
            new Fraction("budget.momentum", 0, 1, true, false, (b, e) -> b.momentum()),
            new Fraction("budget.weightDecay", 0, 1, true, false, (b, e) -> b.weightDecay()),
            new Fraction("budget.dropout", 0, 1, true, false, (b, e) -> b.dropout()));

    BudgetChecks(ValidationBounds bounds) {
        wholes = List.of(
                new Whole("budget.epochs", 1, bounds.maxEpochs(), (b, e) -> b.epochs()),
                new Whole("budget.iterations", 1, bounds.maxIterations(), (b, e) -> b.iterations()),
                new Whole("budget.batchSize", 1, bounds.maxBatchSize(), (b, e) -> b.batchSize()),
                new Whole("budget.lrStepIterations", 1, Integer.MAX_VALUE, (b, e) -> b.lrStepIterations()),
                new Whole("budget.trainImagesPerHalf", 1, bounds.maxTrainImages(), (b, e) -> b.trainImagesPerHalf()),
                new Whole("budget.trainImagesB", 1, bounds.maxTrainImages(), (b, e) -> b.trainImagesB()),
                new Whole("budget.checkpointEvery", 1, Integer.MAX_VALUE, (b, e) -> b.checkpointEvery()),
                new Whole("evaluation.validateEvery", 1, Integer.MAX_VALUE, (b, e) -> e.validateEvery()),
                new Whole("evaluation.bestK", 1, 1000, (b, e) -> e.bestK()),
                new Whole("evaluation.validationImages", 1, Integer.MAX_VALUE, (b, e) -> e.validationImages()),
                new Whole("evaluation.testImages", 1, Integer.MAX_VALUE, (b, e) -> e.testImages()));
    }

    void check(TrainingBudget b, EvaluationSettings e, List<String> problems) {
        int before = problems.size();
        if ((b.epochs() == null) == (b.iterations() == null)) {
            problems.add("budget: give exactly one of epochs and iterations");
        }
        wholes.forEach(whole -> whole.check(b, e, problems));
        fractions.forEach(fraction -> fraction.check(b, e, problems));
        // Only for a budget valid otherwise: the points follow from the fields checked above.
        OptionalLong points = ExperimentSpec.validationPoints(b, e);
        if (problems.size() == before && points.isPresent() && e.bestK() != null && e.bestK() > points.getAsLong()) {
            problems.add("evaluation.bestK: " + e.bestK() + " exceeds the " + points.getAsLong()
                    + " validation points this budget gives at most (one every " + e.validateEvery()
                    + " iterations and one at the end); the metric would average every point, the first ones "
                    + "included: lower bestK or validate more often");
        }
    }

    /** What a budget or evaluation field allows, e.g. "a whole number from 1 to 1000"; empty for other paths. */
    Optional<String> allowed(String field) {
        return wholes.stream().filter(w -> w.field.equals(field)).findFirst().map(Whole::allowed)
                .or(() -> fractions.stream().filter(f -> f.field.equals(field)).findFirst().map(Fraction::allowed));
    }

    private record Whole(String field, long min, long max,
                         BiFunction<TrainingBudget, EvaluationSettings, Number> value) {

        void check(TrainingBudget b, EvaluationSettings e, List<String> problems) {
            Number v = value.apply(b, e);
            if (v == null) {
                return;
            }
            if (v.longValue() < min) {
                problems.add(field + ": " + v + " is below the minimum of " + min);
            } else if (v.longValue() > max) {
                problems.add(field + ": " + v + " exceeds the configured bound of " + max);
            }
        }

        String allowed() {
            return String.format(Locale.ROOT, "a whole number from %d to %d", min, max);
        }
    }

    /** A decimal between min and max, each end included or not. */
    private record Fraction(String field, double min, double max, boolean minIncluded, boolean maxIncluded,
                            BiFunction<TrainingBudget, EvaluationSettings, Double> value) {

        void check(TrainingBudget b, EvaluationSettings e, List<String> problems) {
            Double v = value.apply(b, e);
            if (v != null && !((minIncluded ? v >= min : v > min) && (maxIncluded ? v <= max : v < max))) {
                problems.add(field + ": " + v + " is outside " + interval());
            }
        }

        String allowed() {
            return "a number in " + interval();
        }

        private String interval() {
            return (minIncluded ? "[" : "(") + format(min) + ", " + format(max) + (maxIncluded ? "]" : ")");
        }

        private static String format(double bound) {
            return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
        }
    }
}
