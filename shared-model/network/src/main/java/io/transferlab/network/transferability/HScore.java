package io.transferlab.network.transferability;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * H-score (Bao, Li, Huang, Zheng, Zhang and Zhong, "An Information-Theoretic Approach to Transferability in Task
 * Transfer Learning", ICIP 2019, eq. 1): H(f) = tr(cov(f)^+ cov(E[f | y])), the share of the features' variance that
 * the class means explain, summed over the features' principal directions; both covariances over the same n images
 * (dividing by n). Higher means the classes are further apart along the features. In [0, min(d, k - 1)] for d features
 * and k classes: 0 when no class mean differs from the overall mean. cov(f)^+ is the Moore-Penrose pseudo-inverse:
 * directions whose variance is below {@value #RELATIVE_CUTOFF} of the largest are dropped, as numpy's pinv drops
 * singular values below rcond times the largest, so duplicated or constant features neither count nor blow up.
 */
public final class HScore {

    static final double RELATIVE_CUTOFF = 1e-10;

    private HScore() {
    }

    /** The H-score of {@code features} (one row per image) for {@code labels} in {@code [0, numClasses)}. */
    public static double of(INDArray features, int[] labels, int numClasses) {
        int n = labels.length;
        INDArray f = features.castTo(DataType.DOUBLE);
        f = f.subRowVector(f.mean(0));
        Spectrum spectrum = Spectrum.of(f.transpose().mmul(f).divi(n));
        INDArray oneHot = Nd4j.zeros(DataType.DOUBLE, n, numClasses);
        double[] counts = new double[numClasses];
        for (int i = 0; i < n; i++) {
            oneHot.putScalar(i, labels[i], 1.0);
            counts[labels[i]]++;
        }
        // Row y: sqrt(n_y / n) times class y's mean (of the centred features), on the principal directions.
        INDArray weightedMeans = oneHot.transpose().mmul(f).mmul(spectrum.vectors());
        for (int y = 0; y < numClasses; y++) {
            if (counts[y] > 0) {
                weightedMeans.getRow(y).divi(Math.sqrt(counts[y] * n));
            }
        }
        double[] between = weightedMeans.mul(weightedMeans).sum(0).toDoubleVector();
        double[] variance = spectrum.values();
        double cutoff = RELATIVE_CUTOFF * variance[variance.length - 1];
        double score = 0;
        for (int i = 0; i < variance.length; i++) {
            if (variance[i] > cutoff) {
                score += between[i] / variance[i];
            }
        }
        return score;
    }
}
