package io.transferlab.network.data;

import io.transferlab.data.ImageSet;
import io.transferlab.contracts.spec.InputShape;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;

/**
 * Images held in memory as floats in [0, 1], normalised once when loaded rather than per batch, with their labels;
 * hands out mini-batches as NCHW arrays with one-hot labels. It can also hold the activations a net's first layers
 * give for each image ({@link #ofActivations}), in whatever shape those layers output.
 */
public final class TensorSet {

    private final InputShape shape;
    /** The shape of one example: [channels, height, width] for images, a layer's output shape for activations. */
    private final long[] exampleShape;
    private final int numClasses;
    private final float[] pixels;
    private final int[] labels;

    private TensorSet(InputShape shape, long[] exampleShape, int numClasses, float[] pixels, int[] labels) {
        this.shape = shape;
        this.exampleShape = exampleShape;
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
        return new TensorSet(shape, new long[]{shape.channels(), shape.height(), shape.width()}, images.numClasses(),
                pixels, images.labels().clone());
    }

    /**
     * Activations computed from the examples of {@code of}, in one array: block {@code i} (as many floats as
     * {@code exampleShape} holds) belongs to example {@code i} and takes its label. The array is kept, not copied.
     */
    public static TensorSet ofActivations(float[] activations, long[] exampleShape, TensorSet of) {
        TensorSet set = new TensorSet(null, exampleShape.clone(), of.numClasses, activations, of.labels);
        if (activations.length != set.exampleSize() * of.count()) {
            throw new IllegalArgumentException(activations.length + " floats for " + of.count() + " examples of "
                    + set.exampleSize());
        }
        return set;
    }

    /** The images' shape; null for activations. */
    public InputShape shape() {
        return shape;
    }

    /** Floats one example takes. */
    public long exampleSize() {
        return Arrays.stream(exampleShape).reduce(1, (a, b) -> a * b);
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
        int imageSize = (int) exampleSize();
        float[] features = new float[size * imageSize];
        float[] oneHot = new float[size * numClasses];
        for (int i = 0; i < size; i++) {
            int image = order == null ? from + i : order[from + i];
            System.arraycopy(pixels, image * imageSize, features, i * imageSize, imageSize);
            oneHot[i * numClasses + labels[image]] = 1f;
        }
        long[] batchShape = new long[exampleShape.length + 1];
        batchShape[0] = size;
        System.arraycopy(exampleShape, 0, batchShape, 1, exampleShape.length);
        INDArray x = Nd4j.create(features, batchShape, DataType.FLOAT);
        INDArray y = Nd4j.create(oneHot, new long[]{size, numClasses}, DataType.FLOAT);
        return new DataSet(x, y);
    }

    /** Consecutive images {@code [from, to)} in stored order. */
    public DataSet batch(int from, int to) {
        return batch(null, from, to);
    }
}
