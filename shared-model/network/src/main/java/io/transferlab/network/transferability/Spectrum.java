package io.transferlab.network.transferability;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;

/**
 * The eigen-decomposition of a symmetric matrix (LAPACK's syev through ND4J): eigenvalues in ascending order,
 * eigenvectors as the columns of {@code vectors}. For a Gram matrix F^T F it is the SVD of F: the eigenvalues are the
 * squared singular values and the eigenvectors the right singular vectors.
 */
record Spectrum(double[] values, INDArray vectors) {

    static Spectrum of(INDArray symmetric) {
        INDArray vectors = symmetric.castTo(DataType.DOUBLE).dup();
        INDArray values = Eigen.symmetricGeneralizedEigenvalues(vectors, true);
        return new Spectrum(values.toDoubleVector(), vectors);
    }
}
