package io.transferlab.network.training;

import io.transferlab.network.data.TensorSet;
import io.transferlab.network.evaluation.Evaluator;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.layers.FrozenLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A frozen prefix computed once. Frozen layers neither learn nor draw dropout masks (DL4J runs them in inference
 * mode), so what they output for an image is the same in every epoch: it is computed once for every training and
 * validation image, and only the layers after them train and validate, as a net of their own whose parameters are
 * views into the whole net's (training it trains the whole net) and whose updater state is copied back before each
 * checkpoint. Same mini-batches, same seeds, same operations on the same inputs: the same training up to float
 * rounding. Not bit for bit: DL4J's kernels round differently on the two paths for some cuts (FrozenPrefixTest), and
 * dropout lets such last-bit differences grow over the steps, so the trainer can be told not to
 * (transferlab.trainer.cache-frozen-prefix).
 */
public final class FrozenPrefix {

    /** Activations cached per job at most; beyond it (a cut in the first, widest layers) the plain way is taken. */
    private static final long MAX_BYTES = 256L << 20;
    /**
     * Epochs of training ahead from which caching pays. Measured with the oneDNN helpers (bench, AnB, batch 128,
     * 6,000 images): the cache took 1.8-4.0 s and saved 0.021 s per step at n=2, 0.051 at n=4, 0.065 at n=7, so it
     * paid back after 1.9, 1.5 and 1.1 epochs.
     */
    static final long PAYBACK_EPOCHS = 2;
    private final MultiLayerNetwork whole;
    private final MultiLayerNetwork rest;
    private final TensorSet activations;
    private final TensorSet validationActivations;

    private FrozenPrefix(MultiLayerNetwork whole, MultiLayerNetwork rest, TensorSet activations,
                         TensorSet validationActivations) {
        this.whole = whole;
        this.rest = rest;
        this.activations = activations;
        this.validationActivations = validationActivations;
    }

    /**
     * The cached prefix of {@code net} over {@code train} and {@code validation}; empty if no leading layer is frozen,
     * if the activations would not fit, or if the training ahead ({@code imagesAhead} images through the net) is no
     * more than {@value #PAYBACK_EPOCHS} epochs: caching costs one forward pass over every training image, which only a
     * longer training gains back.
     */
    public static Optional<FrozenPrefix> of(MultiLayerNetwork net, TensorSet train, TensorSet validation,
                                            long imagesAhead) {
        if (imagesAhead <= PAYBACK_EPOCHS * train.count()) {
            return Optional.empty();
        }
        int cut = 0;
        while (cut < net.getnLayers() && net.getLayer(cut) instanceof FrozenLayer) {
            cut++;
        }
        if (cut == 0 || cut == net.getnLayers()) {
            return Optional.empty();
        }
        MultiLayerNetwork prefix = slice(net, 0, cut);
        INDArray one = prefix.output(train.batch(0, 1).getFeatures(), false);
        long[] exampleShape = Arrays.copyOfRange(one.shape(), 1, one.rank());
        if (one.length() * (train.count() + validation.count()) * Float.BYTES > MAX_BYTES) {
            return Optional.empty();
        }
        MultiLayerNetwork rest = rest(net, cut);
        INDArray wholeState = net.getUpdater().getStateViewArray();
        INDArray restState = rest.getUpdater().getStateViewArray();
        if ((wholeState == null) != (restState == null)
                || (wholeState != null && wholeState.length() != restState.length())) {
            return Optional.empty(); // not the layout this class knows: train the plain way
        }
        if (wholeState != null) {
            restState.assign(wholeState);
        }
        return Optional.of(new FrozenPrefix(net, rest, outputs(prefix, exampleShape, train),
                outputs(prefix, exampleShape, validation)));
    }

    /** The net to fit: the layers after the prefix, sharing the whole net's parameters. */
    public MultiLayerNetwork trainable() {
        return rest;
    }

    /** The prefix's output for every training image, in the training set's order, with its labels. */
    public TensorSet activations() {
        return activations;
    }

    /** The prefix's output for every validation image, with its labels: what {@link #trainable()} is scored on. */
    public TensorSet validationActivations() {
        return validationActivations;
    }

    /** Brings the whole net's updater state and iteration count up to date (before it is checkpointed). */
    public void syncWhole() {
        INDArray state = rest.getUpdater().getStateViewArray();
        if (state != null) {
            whole.getUpdater().getStateViewArray().assign(state);
        }
        whole.setIterationCount(rest.getIterationCount());
        whole.setEpochCount(rest.getEpochCount());
    }

    /** The layers after the cut as a net of their own, on views of the whole net's parameters. */
    private static MultiLayerNetwork rest(MultiLayerNetwork net, int cut) {
        MultiLayerNetwork rest = slice(net, cut, net.getnLayers());
        rest.setIterationCount(net.getIterationCount());
        rest.setEpochCount(net.getEpochCount());
        return rest;
    }

    /**
     * The layers {@code [from, to)} as a net of their own, on views of the whole net's parameters: also how a net's
     * features at a depth are read (transferability.LayerFeatures).
     */
    public static MultiLayerNetwork slice(MultiLayerNetwork net, int from, int to) {
        MultiLayerConfiguration whole = net.getLayerWiseConfigurations();
        List<NeuralNetConfiguration> confs = new ArrayList<>();
        Map<Integer, InputPreProcessor> preProcessors = new HashMap<>();
        long offset = 0;
        long length = 0;
        for (int i = 0; i < to; i++) {
            if (i < from) {
                offset += net.getLayer(i).numParams();
                continue;
            }
            length += net.getLayer(i).numParams();
            confs.add(whole.getConf(i).clone());
            InputPreProcessor pre = whole.getInputPreProcess(i);
            if (pre != null) {
                preProcessors.put(i - from, pre.clone());
            }
        }
        MultiLayerConfiguration conf = new MultiLayerConfiguration.Builder().confs(confs)
                .inputPreProcessors(preProcessors).dataType(whole.getDataType())
                .trainingWorkspaceMode(whole.getTrainingWorkspaceMode())
                .inferenceWorkspaceMode(whole.getInferenceWorkspaceMode()).cacheMode(whole.getCacheMode())
                .backpropType(whole.getBackpropType()).build();
        MultiLayerNetwork slice = new MultiLayerNetwork(conf);
        INDArray params = net.params();
        INDArrayIndex range = NDArrayIndex.interval(offset, offset + length);
        slice.init(params.rank() == 1 ? params.get(range) : params.get(NDArrayIndex.point(0), range), false);
        return slice;
    }

    /**
     * The prefix's output, of {@code exampleShape} per image, for every image of {@code images}, in chunks of
     * {@link Evaluator#BATCH}: through the prefix as a net of its own,
     * whose inference keeps every layer but the last in a workspace (DL4J's feedForwardToLayer copies every layer's
     * output out, which made the pass 2 to 4 times slower), each chunk copied once into one array (concatenating,
     * duplicating and then copying 250 MB out of ND4J, at a cut after the first layer for 2,500 images, took 2.6 s).
     */
    private static TensorSet outputs(MultiLayerNetwork prefix, long[] exampleShape, TensorSet images) {
        int exampleSize = Math.toIntExact(Arrays.stream(exampleShape).reduce(1, Math::multiplyExact));
        float[] values = new float[Math.multiplyExact(exampleSize, images.count())];
        for (int from = 0; from < images.count(); from += Evaluator.BATCH) {
            int to = Math.min(images.count(), from + Evaluator.BATCH);
            INDArray chunk = prefix.output(images.batch(from, to).getFeatures(), false);
            float[] flat = chunk.reshape(new long[]{chunk.length()}).toFloatVector();
            System.arraycopy(flat, 0, values, from * exampleSize, flat.length);
        }
        return TensorSet.ofActivations(values, exampleShape, images);
    }
}
