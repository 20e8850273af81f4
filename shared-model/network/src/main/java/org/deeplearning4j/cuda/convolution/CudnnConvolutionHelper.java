package org.deeplearning4j.cuda.convolution;

import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * The convolution helper DL4J 1.0.0-M2.1 looks for on the CUDA backend, under the name it looks for. M2.1 ships no
 * {@code deeplearning4j-cuda} artifact that would hold it, so without this class every convolution on a GPU runs
 * DL4J's own im2col + gemm path. This helper runs libnd4j's {@code conv2d} / {@code conv2d_bp} ops instead (the code
 * of {@link MKLDNNConvHelper}, which is backend-neutral), and the {@code -cudnn} CUDA build runs those on cuDNN.
 * <p>
 * Only on a CUDA build with cuDNN compiled in; DL4J falls back to its own path if the helper ever throws. Not run on a
 * GPU yet (none where this was written): see docs/deployment.md, "The trainer on a GPU".
 */
public class CudnnConvolutionHelper extends MKLDNNConvHelper {

    /** DL4J's {@code HelperUtils} passes the layer's arguments wrapped in one more array: {@code {{dataType}}}. */
    public CudnnConvolutionHelper(Object[] arguments) {
        super((DataType) arguments[0]);
    }

    @Override
    public boolean checkSupported() {
        return "CUDA".equalsIgnoreCase(Nd4j.getExecutioner().getEnvironmentInformation().getProperty("backend"))
                && NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo().contains("HAVE_CUDNN");
    }
}
