package io.transferlab.network.transferability;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;

/**
 * A linear probe (Alain and Bengio, "Understanding intermediate layers using linear classifier probes", ICLR 2017
 * workshop; the linear evaluation of Kornblith, Shlens and Le, "Do Better ImageNet Models Transfer Better?", CVPR
 * 2019): multinomial logistic regression on frozen features, standardised with the training set's mean and standard
 * deviation (a constant feature is only centred), with an unpenalised bias and an L2 penalty of {@value #L2} on the
 * weights. Fitted by {@value #ITERATIONS} steps of Nesterov's accelerated gradient descent on the full training set
 * from zero weights, step 1 / L with L = max(1, lambda_max(X^T X / n)) / 2 + L2 a bound on the loss's curvature
 * (lambda_max by power iteration). Nothing is drawn at random, so the same data give the same probe. The number is its
 * top-1 accuracy on the held-out set, in [0, 1]: chance is about 1 / k for k balanced classes. Plain Java arithmetic:
 * at these sizes (k of a few to tens) ND4J's cost per operation outweighed its faster products.
 */
public final class LinearProbe {

    static final double L2 = 1e-3;
    static final int ITERATIONS = 300;
    private static final int POWER_ITERATIONS = 50;

    private LinearProbe() {
    }

    /** Top-1 accuracy on {@code (testFeatures, testLabels)} of the probe fitted on the training rows. */
    public static double accuracy(INDArray trainFeatures, int[] trainLabels, INDArray testFeatures, int[] testLabels,
                                  int numClasses) {
        double[][] x = trainFeatures.toDoubleMatrix();
        double[][] test = testFeatures.toDoubleMatrix();
        standardise(x, test);
        int n = x.length;
        int d = x[0].length;
        int k = numClasses;
        double step = 1 / (Math.max(1, largestEigenvalue(x)) / 2 + L2);
        // Class-major weights, column d the bias: the inner loops run along a row of features, where the JIT
        // pipelines the dot products and vectorises the gradient's updates.
        double[][] w = new double[k][d + 1];
        double[][] previous = new double[k][d + 1];
        double[][] look = new double[k][d + 1];
        double[][] gradient = new double[k][d + 1];
        double[] p = new double[k];
        for (int t = 1; t <= ITERATIONS; t++) {
            double momentum = (t - 1.0) / (t + 2.0);
            for (int c = 0; c < k; c++) {
                for (int j = 0; j <= d; j++) {
                    look[c][j] = w[c][j] + momentum * (w[c][j] - previous[c][j]);
                    gradient[c][j] = j < d ? L2 * look[c][j] : 0;
                }
            }
            for (int i = 0; i < n; i++) {
                probabilities(x[i], look, p);
                p[trainLabels[i]] -= 1;
                for (int c = 0; c < k; c++) {
                    double coefficient = p[c] / n;
                    double[] g = gradient[c];
                    double[] row = x[i];
                    for (int j = 0; j < d; j++) {
                        g[j] += coefficient * row[j];
                    }
                    g[d] += coefficient;
                }
            }
            double[][] swap = previous;
            previous = w;
            w = swap;
            for (int c = 0; c < k; c++) {
                for (int j = 0; j <= d; j++) {
                    w[c][j] = look[c][j] - step * gradient[c][j];
                }
            }
        }
        int correct = 0;
        for (int i = 0; i < test.length; i++) {
            probabilities(test[i], w, p);
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            if (best == testLabels[i]) {
                correct++;
            }
        }
        return (double) correct / test.length;
    }

    /** Centres and scales every column of {@code train} and {@code test} by {@code train}'s mean and deviation. */
    private static void standardise(double[][] train, double[][] test) {
        for (int j = 0; j < train[0].length; j++) {
            double sum = 0;
            for (double[] row : train) {
                sum += row[j];
            }
            double mean = sum / train.length;
            double squares = 0;
            for (double[] row : train) {
                squares += (row[j] - mean) * (row[j] - mean);
            }
            double sd = Math.sqrt(squares / train.length);
            double scale = sd > 0 ? 1 / sd : 1;
            for (double[] row : train) {
                row[j] = (row[j] - mean) * scale;
            }
            for (double[] row : test) {
                row[j] = (row[j] - mean) * scale;
            }
        }
    }

    /** Softmax of (x, 1) times the class-major {@code w} (bias last) into {@code p}. */
    private static void probabilities(double[] x, double[][] w, double[] p) {
        int d = x.length;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < p.length; c++) {
            double[] weights = w[c];
            // Four partial sums: independent additions the CPU overlaps.
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int j = 0;
            for (; j + 3 < d; j += 4) {
                s0 += x[j] * weights[j];
                s1 += x[j + 1] * weights[j + 1];
                s2 += x[j + 2] * weights[j + 2];
                s3 += x[j + 3] * weights[j + 3];
            }
            for (; j < d; j++) {
                s0 += x[j] * weights[j];
            }
            p[c] = s0 + s1 + s2 + s3 + weights[d];
            max = Math.max(max, p[c]);
        }
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
    }

    /** The largest eigenvalue of X^T X / n, by power iteration from the all-ones vector; 0 if X is 0. */
    private static double largestEigenvalue(double[][] x) {
        int d = x[0].length;
        double[] v = new double[d];
        Arrays.fill(v, 1 / Math.sqrt(d));
        double lambda = 0;
        for (int iteration = 0; iteration < POWER_ITERATIONS; iteration++) {
            double[] next = new double[d];
            for (double[] row : x) {
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += row[j] * v[j];
                }
                for (int j = 0; j < d; j++) {
                    next[j] += row[j] * dot / x.length;
                }
            }
            double norm = 0;
            for (double value : next) {
                norm += value * value;
            }
            lambda = Math.sqrt(norm);
            if (lambda == 0) {
                break;
            }
            for (int j = 0; j < d; j++) {
                v[j] = next[j] / lambda;
            }
        }
        return lambda;
    }
}
