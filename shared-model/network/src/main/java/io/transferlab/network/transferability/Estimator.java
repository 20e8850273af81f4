package io.transferlab.network.transferability;

import io.transferlab.network.data.TensorSet;
import io.transferlab.network.model.NetLayout;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Predicts transfer before training it: for one seed, the {@link Estimates} at each depth from the final baseA and
 * baseB and a random net of the same architecture (the RnB control: its layers as initialised), on half B's training
 * and validation images. Nothing is trained but the linear probes; each step is timed.
 */
public final class Estimator {

    private final MultiLayerNetwork baseA;
    private final MultiLayerNetwork baseB;
    private final MultiLayerNetwork random;
    private final NetLayout layout;

    public Estimator(MultiLayerNetwork baseA, MultiLayerNetwork baseB, MultiLayerNetwork random, NetLayout layout) {
        this.baseA = baseA;
        this.baseB = baseB;
        this.random = random;
        this.layout = layout;
    }

    /** The estimates at each of {@code depths} (1-based weight layers), in their order. */
    public List<Estimates> estimate(TensorSet train, TensorSet validation, List<Integer> depths) {
        int[] trainLabels = labels(train);
        int[] validationLabels = labels(validation);
        int k = train.numClasses();
        List<Estimates> estimates = new ArrayList<>();
        for (int depth : depths) {
            Timer features = new Timer();
            INDArray aTrain = features.time(() -> LayerFeatures.of(baseA, layout, depth, train));
            INDArray aValidation = features.time(() -> LayerFeatures.of(baseA, layout, depth, validation));
            INDArray rTrain = features.time(() -> LayerFeatures.of(random, layout, depth, train));
            INDArray rValidation = features.time(() -> LayerFeatures.of(random, layout, depth, validation));
            INDArray bValidation = features.time(() -> LayerFeatures.of(baseB, layout, depth, validation));
            Timer probe = new Timer();
            Timer logMe = new Timer();
            Timer hScore = new Timer();
            Timer cka = new Timer();
            estimates.add(new Estimates(depth,
                    probe.time(() -> LinearProbe.accuracy(aTrain, trainLabels, aValidation, validationLabels, k)),
                    probe.time(() -> LinearProbe.accuracy(rTrain, trainLabels, rValidation, validationLabels, k)),
                    logMe.time(() -> LogMe.of(aTrain, trainLabels, k)),
                    logMe.time(() -> LogMe.of(rTrain, trainLabels, k)),
                    hScore.time(() -> HScore.of(aTrain, trainLabels, k)),
                    hScore.time(() -> HScore.of(rTrain, trainLabels, k)),
                    cka.time(() -> LinearCka.between(aValidation, bValidation)),
                    cka.time(() -> LinearCka.between(rValidation, bValidation)),
                    new Estimates.Costs(features.nanos, probe.nanos, logMe.nanos, hScore.nanos, cka.nanos)));
        }
        return estimates;
    }

    private static int[] labels(TensorSet set) {
        int[] labels = new int[set.count()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = set.label(i);
        }
        return labels;
    }

    /** Adds up the wall-clock time of what it runs. */
    private static final class Timer {
        private long nanos;

        <T> T time(Supplier<T> step) {
            long start = System.nanoTime();
            T result = step.get();
            nanos += System.nanoTime() - start;
            return result;
        }
    }
}
