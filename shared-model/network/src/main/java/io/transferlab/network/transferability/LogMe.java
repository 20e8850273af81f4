package io.transferlab.network.transferability;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * LogME (You, Liu, Wang and Long, "LogME: Practical Assessment of Pre-trained Models for Transfer Learning", ICML 2021,
 * Algorithm 1): for each class a 0/1 target y (one against the rest) is fitted by Bayesian linear regression on the
 * features F (n x d, as they are: no centring, no bias), y = F w + noise, w ~ N(0, I / alpha), noise ~ N(0, 1 / beta);
 * alpha and beta are set to maximise the evidence p(y | F, alpha, beta) by the paper's fixed-point iteration
 * (gamma = sum beta s_i / (alpha + beta s_i), alpha = gamma / m^T m, beta = (n - gamma) / ||F m - y||^2, from
 * alpha = beta = 1), and the log evidence (eq. 2) divided by n is averaged over the classes present in the labels.
 * Higher is better; it is a log density per image, so it can be of either sign, and is compared between feature sets
 * on the same images and labels, not across data sets.
 * <p>
 * s_i are the eigenvalues of F^T F, the squared singular values of F, from the eigen-decomposition of the smaller of
 * F^T F and F F^T (d - rank of them are 0). With p_i the squared projection of F^T y on the i-th right singular vector,
 * every quantity of an iteration is a sum over i: m^T m = sum beta^2 p_i / (alpha + beta s_i)^2 and
 * ||F m - y||^2 = ||y||^2 - sum p_i beta (2 alpha + beta s_i) / (alpha + beta s_i)^2. As in the authors' code, 1e-5 is
 * added to both denominators of the updates (a target fitted exactly would make beta infinite). The iteration stops
 * when alpha and beta change by less than {@value #TOLERANCE} relatively, or after {@value #MAX_ITERATIONS} steps.
 */
public final class LogMe {

    static final double TOLERANCE = 1e-9;
    static final int MAX_ITERATIONS = 1000;
    private static final double EPSILON = 1e-5;

    private LogMe() {
    }

    /** LogME of {@code features} (one row per image) for {@code labels} in {@code [0, numClasses)}. */
    public static double of(INDArray features, int[] labels, int numClasses) {
        INDArray f = features.castTo(DataType.DOUBLE);
        int n = labels.length;
        int d = (int) f.columns();
        boolean primal = n >= d;
        Spectrum spectrum = Spectrum.of(primal ? f.transpose().mmul(f) : f.mmul(f.transpose()));
        double[] s = spectrum.values();
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.max(0, s[i]);
        }
        double sum = 0;
        int classes = 0;
        for (int c = 0; c < numClasses; c++) {
            INDArray y = Nd4j.zeros(DataType.DOUBLE, n, 1);
            double yy = 0;
            for (int i = 0; i < n; i++) {
                if (labels[i] == c) {
                    y.putScalar(i, 0, 1.0);
                    yy++;
                }
            }
            if (yy == 0) {
                continue;
            }
            double[] p = primal
                    ? spectrum.vectors().transpose().mmul(f.transpose().mmul(y)).toDoubleVector()
                    : spectrum.vectors().transpose().mmul(y).toDoubleVector();
            for (int i = 0; i < p.length; i++) {
                p[i] = primal ? p[i] * p[i] : s[i] * p[i] * p[i];
            }
            sum += evidencePerImage(s, p, yy, n, d);
            classes++;
        }
        return sum / classes;
    }

    /** The maximised log evidence of one target, divided by n. */
    private static double evidencePerImage(double[] s, double[] p, double yy, int n, int d) {
        double alpha = 1;
        double beta = 1;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double gamma = 0;
            for (double si : s) {
                gamma += beta * si / (alpha + beta * si);
            }
            double nextAlpha = gamma / (weightNorm(s, p, alpha, beta) + EPSILON);
            double nextBeta = (n - gamma) / (residual(s, p, yy, alpha, beta) + EPSILON);
            boolean converged = Math.abs(nextAlpha - alpha) < TOLERANCE * alpha
                    && Math.abs(nextBeta - beta) < TOLERANCE * beta;
            alpha = nextAlpha;
            beta = nextBeta;
            if (converged) {
                break;
            }
        }
        double logDetA = (d - s.length) * Math.log(alpha);
        for (double si : s) {
            logDetA += Math.log(alpha + beta * si);
        }
        double evidence = n / 2.0 * Math.log(beta) + d / 2.0 * Math.log(alpha) - n / 2.0 * Math.log(2 * Math.PI)
                - beta / 2 * residual(s, p, yy, alpha, beta) - alpha / 2 * weightNorm(s, p, alpha, beta)
                - logDetA / 2;
        return evidence / n;
    }

    /** m^T m, m = beta A^-1 F^T y the posterior mean, A = alpha I + beta F^T F. */
    private static double weightNorm(double[] s, double[] p, double alpha, double beta) {
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            double a = alpha + beta * s[i];
            sum += beta * beta * p[i] / (a * a);
        }
        return sum;
    }

    /** ||F m - y||^2. */
    private static double residual(double[] s, double[] p, double yy, double alpha, double beta) {
        double explained = 0;
        for (int i = 0; i < s.length; i++) {
            double a = alpha + beta * s[i];
            explained += p[i] * beta * (2 * alpha + beta * s[i]) / (a * a);
        }
        return Math.max(0, yy - explained);
    }
}
