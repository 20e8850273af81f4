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
    QUICK(TrainingBudget.builder().iterations(30).batchSize(32).learningRate(0.01).lrDecay(0.1)
            .lrStepIterations(100_000).momentum(0.9).weightDecay(5e-4).dropout(0.5).trainImagesPerHalf(6000)
            .checkpointEvery(15).build(),
            new EvaluationSettings(10, 3, 100, 500)),
    /** The paper's protocol: batch 256, lr 0.01 divided by 10 every 100k iterations, 450k iterations. */
    PAPER(TrainingBudget.builder().iterations(450_000).batchSize(256).learningRate(0.01).lrDecay(0.1)
            .lrStepIterations(100_000).momentum(0.9).weightDecay(5e-4).dropout(0.5).checkpointEvery(5000).build(),
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
