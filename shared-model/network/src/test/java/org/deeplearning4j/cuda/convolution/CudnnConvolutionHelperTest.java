package org.deeplearning4j.cuda.convolution;

import org.deeplearning4j.config.DL4JClassLoading;
import org.deeplearning4j.nn.layers.convolution.ConvolutionHelper;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import static org.assertj.core.api.Assertions.assertThat;

/** What can be checked here, without a GPU, of the CUDA convolution helper. */
class CudnnConvolutionHelperTest {

    @Test
    void dl4jFindsAndBuildsItTheWayItsHelperUtilsDoesOnCuda() {
        // HelperUtils.createHelper on CUDA: loadClassByName, then createNewInstance(name, super, new Object[]{args}).
        assertThat(DL4JClassLoading.<Object>loadClassByName(ConvolutionLayer.CUDA_CNN_HELPER_CLASS_NAME)).isNotNull();
        Object[] layerArguments = {DataType.FLOAT};
        ConvolutionHelper helper = DL4JClassLoading.createNewInstance(ConvolutionLayer.CUDA_CNN_HELPER_CLASS_NAME,
                ConvolutionHelper.class, new Object[] {layerArguments});
        assertThat(helper).isInstanceOf(CudnnConvolutionHelper.class);
    }

    @Test
    void itDeclinesEverywhereButOnACudaBuildWithCudnn() {
        assertThat(new CudnnConvolutionHelper(new Object[] {DataType.FLOAT}).checkSupported()).isFalse();
    }
}
