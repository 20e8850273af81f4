package io.transferlab.bench;

import io.transferlab.contracts.spec.InputShape;
import io.transferlab.contracts.spec.NetArchitecture;
import io.transferlab.contracts.spec.Profile;
import io.transferlab.contracts.spec.ResolvedBudget;
import io.transferlab.network.architecture.Architectures;
import io.transferlab.network.model.NetFactory;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;

/**
 * Floating-point operations of one training step per image, counted from the net's own configuration: a
 * multiply-add is 2 FLOPs; the forward pass's convolutions and matrix products, and twice as much again for the
 * backward pass (gradients of the inputs and of the weights). Activations, pooling and the update are left out (a few
 * per cent): the figure is the work a framework cannot avoid, the same for DL4J and PyTorch.
 */
final class FlopCount {

    private FlopCount() {
    }

    static long trainingFlopsPerImage(NetArchitecture architecture, InputShape input, int numClasses) {
        MultiLayerConfiguration conf = NetFactory.create(Architectures.of(architecture), input, numClasses,
                ResolvedBudget.of(Profile.QUICK.budget()), 1, 0).getLayerWiseConfigurations();
        InputType type = InputType.convolutional(input.height(), input.width(), input.channels());
        long macs = 0;
        for (int i = 0; i < conf.getConfs().size(); i++) {
            InputPreProcessor pre = conf.getInputPreProcess(i);
            if (pre != null) {
                type = pre.getOutputType(type);
            }
            Layer layer = conf.getConf(i).getLayer();
            InputType out = layer.getOutputType(i, type);
            if (layer instanceof ConvolutionLayer conv && out instanceof InputType.InputTypeConvolutional spatial) {
                int[] kernel = conv.getKernelSize();
                macs += spatial.getHeight() * spatial.getWidth() * conv.getNOut() * conv.getNIn()
                        * kernel[0] * kernel[1];
            } else if (layer instanceof FeedForwardLayer dense) {
                macs += dense.getNIn() * dense.getNOut();
            }
            type = out;
        }
        return 3 * 2 * macs;
    }
}
