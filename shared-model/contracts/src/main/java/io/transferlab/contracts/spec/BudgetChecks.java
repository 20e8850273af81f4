package io.transferlab.contracts.spec;

import java.util.List;

/** Checks a resolved budget and evaluation settings against the configured bounds. */
final class BudgetChecks {

    private final ValidationBounds bounds;

    BudgetChecks(ValidationBounds bounds) {
        this.bounds = bounds;
    }

    void check(TrainingBudget b, EvaluationSettings e, List<String> problems) {
        if ((b.epochs() == null) == (b.iterations() == null)) {
            problems.add("budget: give exactly one of epochs and iterations");
        }
        range("budget.epochs", b.epochs(), 1, bounds.maxEpochs(), problems);
        range("budget.iterations", b.iterations(), 1, bounds.maxIterations(), problems);
        range("budget.batchSize", b.batchSize(), 1, bounds.maxBatchSize(), problems);
        open("budget.learningRate", b.learningRate(), 0, 10, false, problems);
        open("budget.lrDecay", b.lrDecay(), 0, 1, true, problems);
        range("budget.lrStepIterations", b.lrStepIterations(), 1, Integer.MAX_VALUE, problems);
        closedOpen("budget.momentum", b.momentum(), problems);
        closedOpen("budget.weightDecay", b.weightDecay(), problems);
        closedOpen("budget.dropout", b.dropout(), problems);
        range("budget.trainImagesPerHalf", b.trainImagesPerHalf(), 1, bounds.maxTrainImages(), problems);
        range("budget.checkpointEvery", b.checkpointEvery(), 1, Integer.MAX_VALUE, problems);
        range("evaluation.validateEvery", e.validateEvery(), 1, Integer.MAX_VALUE, problems);
        range("evaluation.bestK", e.bestK(), 1, 1000, problems);
        range("evaluation.validationImages", e.validationImages(), 1, Integer.MAX_VALUE, problems);
        range("evaluation.testImages", e.testImages(), 1, Integer.MAX_VALUE, problems);
    }

    private static void range(String field, Number value, long min, long max, List<String> problems) {
        if (value == null) {
            return;
        }
        long v = value.longValue();
        if (v < min) {
            problems.add(field + ": " + value + " is below the minimum of " + min);
        } else if (v > max) {
            problems.add(field + ": " + value + " exceeds the configured bound of " + max);
        }
    }

    /** (min, max) or (min, max] when {@code maxIncluded}. */
    private static void open(String field, Double v, double min, double max, boolean maxIncluded,
                             List<String> problems) {
        if (v != null && !(v > min && (maxIncluded ? v <= max : v < max))) {
            problems.add(field + ": " + v + " is outside (" + min + ", " + max + (maxIncluded ? "]" : ")"));
        }
    }

    private static void closedOpen(String field, Double v, List<String> problems) {
        if (v != null && !(v >= 0 && v < 1)) {
            problems.add(field + ": " + v + " is outside [0, 1)");
        }
    }
}
