package io.transferlab.network;

import io.transferlab.contracts.spec.EvaluationSettings;
import io.transferlab.contracts.spec.TrainingBudget;
import io.transferlab.data.synthetic.SyntheticImages;
import io.transferlab.network.data.TensorSet;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** Tiny synthetic data and budgets, so every network test runs in seconds. */
public final class Fixtures {

    public static final TrainingBudget BUDGET =
            new TrainingBudget(null, 12, 16, 0.01, 0.1, 1000, 0.9, 5e-4, 0.5, null, 4);
    public static final EvaluationSettings EVALUATION = new EvaluationSettings(4, 10, null, null);

    private Fixtures() {
    }

    public static TensorSet images(int numClasses, int perClass, long seed) {
        return TensorSet.of(SyntheticImages.generate(numClasses, perClass, 1, 16, 16, seed));
    }

    /** The parameters of DL4J layer {@code index}, copied out as floats. */
    public static float[] params(MultiLayerNetwork net, int index) {
        return net.getLayer(index).params().dup().toFloatVector();
    }
}
