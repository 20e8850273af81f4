package io.transferlab.network.transferability;

import io.transferlab.network.data.TensorSet;
import io.transferlab.network.evaluation.Evaluator;
import io.transferlab.network.model.NetLayout;
import io.transferlab.network.training.FrozenPrefix;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A net's features at depth n: what its first n blocks (weight layer n and the pooling after it, as a transfer net's
 * frozen prefix ends) output for each image in inference mode, one row per image, as doubles. The prefix is sliced
 * from the net as {@link FrozenPrefix} slices it and run in chunks of {@link Evaluator#BATCH} images. A convolutional
 * output of more than {@value #MAX_FLAT} values per image (channels x height x width) is average-pooled over its
 * height and width, one feature per channel (conv1 of compact8 on 32x32 images: 32 features, not 32,768); a smaller
 * one is flattened in channel, row, column order, as are dense outputs.
 */
public final class LayerFeatures {

    static final long MAX_FLAT = 4096;

    private LayerFeatures() {
    }

    /** The features of {@code net}, laid out as {@code layout}, after weight layer {@code depth} (1-based). */
    public static INDArray of(MultiLayerNetwork net, NetLayout layout, int depth, TensorSet images) {
        MultiLayerNetwork prefix = FrozenPrefix.slice(net, 0, layout.prefixEnd(depth));
        INDArray features = null;
        for (int from = 0; from < images.count(); from += Evaluator.BATCH) {
            int to = Math.min(images.count(), from + Evaluator.BATCH);
            INDArray chunk = features(prefix.output(images.batch(from, to).getFeatures(), false));
            if (features == null) {
                features = Nd4j.create(DataType.DOUBLE, images.count(), chunk.columns());
            }
            features.get(NDArrayIndex.interval(from, to), NDArrayIndex.all()).assign(chunk);
        }
        return features;
    }

    private static INDArray features(INDArray output) {
        long perImage = output.length() / output.size(0);
        INDArray rows = output.rank() == 4 && perImage > MAX_FLAT
                ? output.mean(2, 3)
                : output.reshape(output.size(0), perImage);
        return rows.castTo(DataType.DOUBLE);
    }
}
