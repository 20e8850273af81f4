package io.transferlab.network.architecture;

import io.transferlab.contracts.spec.InputShape;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.LocalResponseNormalization;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.List;

/**
 * The paper's reference net (Caffe's "CaffeNet"): conv1-5 with pooling and local response normalisation after conv1
 * and conv2 (pool, then norm, as CaffeNet orders them), fc6 and fc7 of 4096 with dropout, fc8. Gaussian
 * initialisation as in the paper: std 0.01, 0.005 for fc6/fc7; biases 1 where Caffe sets them to 1. Caffe's two
 * convolution groups are not modelled (DL4J has no grouped convolution); each layer sees all input channels.
 */
public final class CaffeNet8 implements Architecture {

    @Override
    public List<Block> blocks(InputShape input, int numClasses, double dropout) {
        return List.of(
                Block.of(conv(96, 11, 4, 0, 0), pool(), lrn()),
                Block.of(conv(256, 5, 1, 2, 1), pool(), lrn()),
                Block.of(conv(384, 3, 1, 1, 0)),
                Block.of(conv(384, 3, 1, 1, 1)),
                Block.of(conv(256, 3, 1, 1, 1), pool()),
                Block.of(dense(4096)),
                Block.of(Compact8.withDropout(dense(4096), dropout)),
                Block.of(Compact8.withDropout(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                        .nOut(numClasses).activation(Activation.SOFTMAX)
                        .weightInit(new NormalDistribution(0, 0.01)).biasInit(0).build(), dropout)));
    }

    private static Layer conv(int channels, int kernel, int stride, int padding, double bias) {
        return new ConvolutionLayer.Builder(kernel, kernel).stride(stride, stride).padding(padding, padding)
                .nOut(channels).convolutionMode(ConvolutionMode.Truncate).activation(Activation.RELU)
                .weightInit(new NormalDistribution(0, 0.01)).biasInit(bias).build();
    }

    private static Layer dense(int units) {
        return new DenseLayer.Builder().nOut(units).activation(Activation.RELU)
                .weightInit(new NormalDistribution(0, 0.005)).biasInit(1).build();
    }

    private static Layer pool() {
        return new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(3, 3).stride(2, 2).build();
    }

    private static Layer lrn() {
        return new LocalResponseNormalization.Builder().k(1).n(5).alpha(1e-4).beta(0.75).build();
    }
}
