package io.transferlab.network;

import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.ImageLimit;
import io.transferlab.contracts.spec.NetArchitecture;
import io.transferlab.contracts.spec.ResolvedBudget;
import io.transferlab.contracts.spec.ResolvedEvaluation;
import io.transferlab.contracts.spec.TrainingLength;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.data.ImageSet;
import io.transferlab.data.Partition;
import io.transferlab.data.synthetic.SyntheticImages;
import io.transferlab.network.architecture.Compact8;
import io.transferlab.network.evaluation.Evaluator;
import io.transferlab.network.model.NetFactory;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.training.CheckpointSink;
import io.transferlab.network.training.JobSetup;
import io.transferlab.network.training.ProgressListener;
import io.transferlab.network.training.StopSignal;
import io.transferlab.network.training.TrainingLoop;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.FrozenLayer;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.util.ArrayList;
import java.util.List;

/** Tiny synthetic data and budgets, so every network test runs in seconds. */
public final class Fixtures {

    public static final ResolvedBudget BUDGET = budget(12, 0.5);
    public static final ResolvedEvaluation EVALUATION = new ResolvedEvaluation(4, 10, ImageLimit.ALL, ImageLimit.ALL);

    /** Batch 16, lr 0.01 divided by 10 every 1000 steps, a checkpoint every 4. */
    public static ResolvedBudget budget(int iterations, double dropout) {
        return new ResolvedBudget(TrainingLength.iterations(iterations), 16, 0.01, 0.1, 1000, 0.9, 5e-4, dropout,
                ImageLimit.ALL, 4, ImageLimit.ALL);
    }

    private Fixtures() {
    }

    public static TensorSet images(int numClasses, int perClass, long seed) {
        return TensorSet.of(SyntheticImages.generate(numClasses, perClass, 1, 16, 16, seed));
    }

    /** A net and the held-out images of the task it was trained on. */
    public record Trained(MultiLayerNetwork net, TensorSet test) {
    }

    /** Test accuracy of compact8 trained {@code iterations} steps on a small synthetic 3-class task (chance: 1/3). */
    public static double trainedAccuracy(int iterations) {
        Trained trained = trainCompact8(iterations);
        return Evaluator.accuracy(trained.net(), trained.test());
    }

    /** Compact8 trained {@code iterations} steps on 120 synthetic 16x16 images of 3 classes, 60 held out. */
    public static Trained trainCompact8(int iterations) {
        ImageSet all = SyntheticImages.generate(3, 60, 1, 16, 16, 21);
        Partition.Parts parts = Partition.trainValidation(all, 1.0 / 3, 5);
        TensorSet train = TensorSet.of(parts.train());
        TensorSet test = TensorSet.of(parts.validation());
        ResolvedBudget budget = budget(iterations, BUDGET.dropout());
        MultiLayerNetwork net = NetFactory.create(new Compact8(), train.shape(), 3, budget, 4, 0);
        train(net, train, test, budget);
        return new Trained(net, test);
    }

    /** The setup of a base net's job with this budget, the plain or the cached-prefix way. */
    public static JobSetup setup(ResolvedBudget budget, boolean cacheFrozenPrefix) {
        PlannedJob job = new PlannedJob("fixture.basea.n0.s1", "fixture", Variant.BASE_A, 0, 1, null);
        return new JobSetup(job, NetArchitecture.COMPACT8, budget, EVALUATION, "spec-digest", "data-digest",
                cacheFrozenPrefix);
    }

    /** Trains {@code net} through {@code budget} the plain way, keeping no checkpoint. */
    public static void train(MultiLayerNetwork net, TensorSet train, TensorSet validation, ResolvedBudget budget) {
        TrainingLoop loop = new TrainingLoop(setup(budget, false), null, ProgressListener.NONE, CheckpointSink.NONE,
                StopSignal.NEVER);
        loop.run(net, train, validation, loop.start(train));
    }

    /** The helper class of each convolution layer, frozen ones included ("none" where DL4J runs its own path). */
    public static List<String> convHelpers(MultiLayerNetwork net) {
        List<String> helpers = new ArrayList<>();
        for (Layer layer : net.getLayers()) {
            Layer inner = layer instanceof FrozenLayer frozen ? frozen.getInsideLayer() : layer;
            if (inner instanceof ConvolutionLayer conv) {
                helpers.add(conv.getHelper() == null ? "none" : conv.getHelper().getClass().getSimpleName());
            }
        }
        return helpers;
    }

    /** The parameters of DL4J layer {@code index}, copied out as floats. */
    public static float[] params(MultiLayerNetwork net, int index) {
        return net.getLayer(index).params().dup().toFloatVector();
    }
}
