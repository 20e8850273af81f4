package io.transferlab.network.architecture;

import io.transferlab.contracts.spec.InputShape;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.List;

/**
 * The default net for 28x28 and 32x32 images: conv 32-32-pool-64-64-pool-128-pool, dense 256-256, softmax; about
 * 500k parameters. ReLU with He initialisation, since the paper's Gaussian(0.01) stalls a net this small without
 * normalisation.
 */
public final class Compact8 implements Architecture {

    @Override
    public List<Block> blocks(InputShape input, int numClasses, double dropout) {
        return List.of(
                Block.of(conv(32)),
                Block.of(conv(32), pool()),
                Block.of(conv(64)),
                Block.of(conv(64), pool()),
                Block.of(conv(128), pool()),
                Block.of(new DenseLayer.Builder().nOut(256).activation(Activation.RELU).weightInit(WeightInit.RELU)
                        .build()),
                Block.of(withDropout(new DenseLayer.Builder().nOut(256).activation(Activation.RELU)
                        .weightInit(WeightInit.RELU).build(), dropout)),
                Block.of(withDropout(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(numClasses)
                        .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build(), dropout)));
    }

    private static Layer conv(int channels) {
        return new ConvolutionLayer.Builder(3, 3).nOut(channels).convolutionMode(ConvolutionMode.Same)
                .activation(Activation.RELU).weightInit(WeightInit.RELU).build();
    }

    private static Layer pool() {
        return new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build();
    }

    /** DL4J's dropout takes the retain probability and acts on the layer's input. */
    static Layer withDropout(Layer layer, double dropProbability) {
        if (dropProbability > 0) {
            layer.setIDropout(new Dropout(1 - dropProbability));
        }
        return layer;
    }
}
