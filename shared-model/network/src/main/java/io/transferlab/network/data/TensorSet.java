package io.transferlab.network.data;

import io.transferlab.data.ImageSet;
import io.transferlab.contracts.spec.InputShape;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Images held in memory as floats in [0, 1], normalised once when loaded rather than per batch, with their labels;
 * hands out mini-batches as NCHW arrays with one-hot labels.
 */
public final class TensorSet {

    private final InputShape shape;
    private final int numClasses;
    private final float[] pixels;
    private final int[] labels;

    private TensorSet(InputShape shape, int numClasses, float[] pixels, int[] labels) {
        this.shape = shape;
        this.numClasses = numClasses;
        this.pixels = pixels;
        this.labels = labels;
    }

    public static TensorSet of(ImageSet images) {
        byte[] raw = images.pixels();
        float[] pixels = new float[raw.length];
        for (int i = 0; i < raw.length; i++) {
            pixels[i] = (raw[i] & 0xFF) / 255f;
        }
        InputShape shape = new InputShape(images.channels(), images.height(), images.width());
        return new TensorSet(shape, images.numClasses(), pixels, images.labels().clone());
    }

    public InputShape shape() {
        return shape;
    }

    public int numClasses() {
        return numClasses;
    }

    public int count() {
        return labels.length;
    }

    public int label(int index) {
        return labels[index];
    }

    /** The images {@code order[from..to)} as one mini-batch. */
    public DataSet batch(int[] order, int from, int to) {
        int size = to - from;
        int imageSize = shape.size();
        float[] features = new float[size * imageSize];
        float[] oneHot = new float[size * numClasses];
        for (int i = 0; i < size; i++) {
            int image = order == null ? from + i : order[from + i];
            System.arraycopy(pixels, image * imageSize, features, i * imageSize, imageSize);
            oneHot[i * numClasses + labels[image]] = 1f;
        }
        INDArray x = Nd4j.create(features, new long[]{size, shape.channels(), shape.height(), shape.width()},
                DataType.FLOAT);
        INDArray y = Nd4j.create(oneHot, new long[]{size, numClasses}, DataType.FLOAT);
        return new DataSet(x, y);
    }

    /** Consecutive images {@code [from, to)} in stored order. */
    public DataSet batch(int from, int to) {
        return batch(null, from, to);
    }
}
