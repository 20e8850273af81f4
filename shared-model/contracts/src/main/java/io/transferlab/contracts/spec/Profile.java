package io.transferlab.contracts.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Named defaults for the training budget and the evaluation settings. */
public enum Profile {
    /**
     * Small enough that the one-direction, one-seed Fashion-MNIST sweep (37 nets with the control) finishes within
     * about 15 minutes on a 2-core machine; the sizes were chosen by measurement (see docs/profiles.md). Its 30
     * iterations give 3 validation points, so the paper's metric averages the best 3.
     */
    QUICK(new TrainingBudget(null, 30, 32, 0.01, 0.1, 100_000, 0.9, 5e-4, 0.5, 6000, 15, null),
            new EvaluationSettings(10, 3, 100, 500)),
    /** The paper's protocol: batch 256, lr 0.01 divided by 10 every 100k iterations, 450k iterations. */
    PAPER(new TrainingBudget(null, 450_000, 256, 0.01, 0.1, 100_000, 0.9, 5e-4, 0.5, null, 5000, null),
            new EvaluationSettings(4000, 10, null, null));

    private final TrainingBudget budget;
    private final EvaluationSettings evaluation;

    Profile(TrainingBudget budget, EvaluationSettings evaluation) {
        this.budget = budget;
        this.evaluation = evaluation;
    }

    public TrainingBudget budget() {
        return budget;
    }

    public EvaluationSettings evaluation() {
        return evaluation;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Profile fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown profile '" + id + "' (known: " + ids() + ")"));
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Profile::id).toList();
    }
}
