package io.transferlab.network.transferability;

import io.transferlab.network.data.TensorSet;
import io.transferlab.network.evaluation.Evaluator;
import io.transferlab.network.model.NetLayout;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A net's features at depth n: what its first n blocks (weight layer n and the pooling after it, where a transfer
 * net's frozen prefix ends) output for each image in inference mode, one row per image, as doubles. Every depth asked
 * for comes from one forward pass, run in chunks of {@link Evaluator#BATCH} images. A convolutional output of more
 * than {@value #MAX_FLAT} values per image (channels x height x width) is average-pooled over its height and width,
 * one feature per channel (conv1 of compact8 on 28x28 images: 32 features, not 25,088), as the estimators' papers
 * pool; a smaller one is flattened in channel, row, column order, as are dense outputs. The bound keeps the linear
 * probe, LogME and H-score, whose cost grows with the square of the width, to seconds per depth.
 */
public final class LayerFeatures {

    static final long MAX_FLAT = 1024;

    private LayerFeatures() {
    }

    /** The features of {@code net}, laid out as {@code layout}, after each weight layer of {@code depths} (1-based). */
    public static Map<Integer, INDArray> of(MultiLayerNetwork net, NetLayout layout, Collection<Integer> depths,
                                           TensorSet images) {
        int deepest = layout.prefixEnd(Collections.max(depths)) - 1;
        Map<Integer, INDArray> features = new LinkedHashMap<>();
        for (int from = 0; from < images.count(); from += Evaluator.BATCH) {
            int to = Math.min(images.count(), from + Evaluator.BATCH);
            // Element i + 1 is layer i's output; element 0 is the input.
            List<INDArray> activations = net.feedForwardToLayer(deepest, images.batch(from, to).getFeatures(), false);
            for (int depth : depths) {
                INDArray chunk = rows(activations.get(layout.prefixEnd(depth)));
                features.computeIfAbsent(depth, d -> Nd4j.create(DataType.DOUBLE, images.count(), chunk.columns()))
                        .get(NDArrayIndex.interval(from, to), NDArrayIndex.all()).assign(chunk);
            }
        }
        return features;
    }

    private static INDArray rows(INDArray output) {
        long perImage = output.length() / output.size(0);
        INDArray rows = output.rank() == 4 && perImage > MAX_FLAT
                ? output.mean(2, 3)
                : output.reshape(output.size(0), perImage);
        return rows.castTo(DataType.DOUBLE);
    }
}
