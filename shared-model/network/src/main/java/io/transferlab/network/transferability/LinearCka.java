package io.transferlab.network.transferability;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Linear centred kernel alignment (Kornblith, Norouzi, Lee and Hinton, "Similarity of Neural Network Representations
 * Revisited", ICML 2019, eq. 5): with the columns of X (n x p) and Y (n x q) centred,
 * CKA = ||Y^T X||_F^2 / (||X^T X||_F ||Y^T Y||_F). Two nets' representations of the same n images: 1 when one is an
 * orthogonal transform of the other times a scale, near 0 for unrelated ones; in [0, 1]. NaN when either side is
 * constant over the images (a layer whose every unit is dead), where the similarity is undefined. Where n^2 < p q it is
 * computed from the images' Gram matrices K = X X^T and L = Y Y^T instead, as sum(K o L) / (||K||_F ||L||_F), the same
 * number (the paper's eq. 3 and 5).
 */
public final class LinearCka {

    private LinearCka() {
    }

    /** The linear CKA of {@code x} and {@code y}, one row per image, the same images in the same order. */
    public static double between(INDArray x, INDArray y) {
        if (x.rows() != y.rows()) {
            throw new IllegalArgumentException(x.rows() + " rows against " + y.rows() + ": not the same images");
        }
        INDArray xc = centred(x);
        INDArray yc = centred(y);
        if ((double) x.rows() * x.rows() < (double) x.columns() * y.columns()) {
            INDArray k = xc.mmul(xc.transpose());
            INDArray l = yc.mmul(yc.transpose());
            return k.mul(l).sumNumber().doubleValue() / (frobenius(k) * frobenius(l));
        }
        double cross = frobenius(yc.transpose().mmul(xc));
        return cross * cross / (frobenius(xc.transpose().mmul(xc)) * frobenius(yc.transpose().mmul(yc)));
    }

    private static INDArray centred(INDArray m) {
        INDArray d = m.castTo(DataType.DOUBLE);
        return d.subRowVector(d.mean(0));
    }

    private static double frobenius(INDArray m) {
        return m.norm2Number().doubleValue();
    }
}
