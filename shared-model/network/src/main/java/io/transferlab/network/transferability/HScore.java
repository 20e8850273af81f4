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
 * With d >= n - 1 features in general position it is k - 1 whatever they are (the centred images span the features'
 * space, so the class means explain all of it): it tells feature sets apart only with many more images than features.
 * <p>
 * With F the centred features, S_y the sum of class y's rows and n_y their count, H = sum over directions i and classes
 * y of (v_i^T S_y)^2 / (n_y s_i), v_i and s_i the eigenvectors and eigenvalues of F^T F. Where n < d it is computed
 * from F F^T instead, whose eigenvectors u_i give v_i^T S_y = s_i^(1/2) (sum of u_i over class y's rows).
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
        boolean primal = n >= f.columns();
        Spectrum spectrum = Spectrum.of(primal ? f.transpose().mmul(f) : f.mmul(f.transpose()));
        INDArray oneHot = Nd4j.zeros(DataType.DOUBLE, n, numClasses);
        double[] counts = new double[numClasses];
        for (int i = 0; i < n; i++) {
            oneHot.putScalar(i, labels[i], 1.0);
            counts[labels[i]]++;
        }
        double[][] sums = (primal ? oneHot.transpose().mmul(f) : oneHot.transpose()).mmul(spectrum.vectors())
                .toDoubleMatrix();
        double[] s = spectrum.values();
        double cutoff = RELATIVE_CUTOFF * s[s.length - 1];
        double score = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] <= cutoff) {
                continue;
            }
            for (int y = 0; y < numClasses; y++) {
                if (counts[y] > 0) {
                    score += sums[y][i] * sums[y][i] / (counts[y] * (primal ? s[i] : 1));
                }
            }
        }
        return score;
    }
}
