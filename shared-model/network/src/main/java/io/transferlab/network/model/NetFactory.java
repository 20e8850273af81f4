package io.transferlab.network.model;

import io.transferlab.contracts.spec.InputShape;
import io.transferlab.contracts.spec.ResolvedBudget;
import io.transferlab.contracts.spec.Seeds;
import io.transferlab.network.architecture.Architecture;
import io.transferlab.network.architecture.Block;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

import java.util.List;

/**
 * Builds freshly initialised nets. Every net of an experiment is built here, so base and transfer nets share one
 * configuration apart from which blocks are frozen.
 */
public final class NetFactory {

    /** The stream of layer seeds within a stream seed; the training loop's batch order and dropout use others. */
    private static final long LAYER_STREAMS = 3;

    private NetFactory() {
    }

    /**
     * A net with random weights, each layer's drawn from its own stream of {@code streamSeed} ({@link #layerSeed}); its
     * first {@code frozenDepth} blocks are wrapped in DL4J frozen layers, which are neither updated nor
     * back-propagated through.
     */
    public static MultiLayerNetwork create(Architecture architecture, InputShape input, int numClasses,
                                           ResolvedBudget budget, long streamSeed, int frozenDepth) {
        List<Block> blocks = architecture.blocks(input, numClasses, budget.dropout());
        NetLayout.of(blocks);
        requireNchw(blocks);
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(streamSeed)
                .dataType(DataType.FLOAT)
                // Plain SGD with momentum is not offered by DL4J; Nesterov momentum is its momentum SGD.
                .updater(new Nesterovs(new StepSchedule(ScheduleType.ITERATION, budget.learningRate(),
                        budget.lrDecay(), budget.lrStepIterations()), budget.momentum()))
                // Caffe's weight decay adds wd * w to the gradient of the weights (not the biases): DL4J's l2.
                .l2(budget.weightDecay())
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .cacheMode(CacheMode.DEVICE)
                .list();
        for (int b = 0; b < blocks.size(); b++) {
            boolean frozen = b < frozenDepth;
            for (Layer layer : blocks.get(b).layers()) {
                list.layer(frozen ? new FrozenLayer(layer) : layer);
            }
        }
        list.setInputType(InputType.convolutional(input.height(), input.width(), input.channels()));
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        initialiseLayers(net, streamSeed);
        return net;
    }

    /**
     * The seed of DL4J layer {@code layer}'s initial weights: a function of the stream seed and the layer only, so a
     * layer starts from the same weights in every net of one stream seed where it has the same shape, whatever the
     * layers before it (DL4J's own initialisation draws all layers from one sequence).
     */
    private static long layerSeed(long streamSeed, int layer) {
        return Seeds.mix(Seeds.mix(streamSeed, LAYER_STREAMS), layer);
    }

    /**
     * Draws every layer's parameters again, in place, each from its own stream, with the layer's own weight and bias
     * initialisation (a frozen layer's initialiser is its inner layer's).
     */
    private static void initialiseLayers(MultiLayerNetwork net, long streamSeed) {
        for (int i = 0; i < net.getnLayers(); i++) {
            org.deeplearning4j.nn.api.Layer layer = net.getLayer(i);
            INDArray view = layer.params();
            if (view == null || view.length() == 0) {
                continue;
            }
            Nd4j.getRandom().setSeed(layerSeed(streamSeed, i));
            layer.conf().getLayer().initializer().init(layer.conf(), view, true);
        }
    }

    /**
     * The oneDNN helpers compute wrong convolution weight gradients for NHWC inputs in DL4J 1.0.0-M2.1 (NaN within 20
     * steps, measured), and they are on wherever TransferLab trains: an NHWC layer is refused, never trained.
     */
    static void requireNchw(List<Block> blocks) {
        for (Block block : blocks) {
            for (Layer layer : block.layers()) {
                CNN2DFormat format = layer instanceof ConvolutionLayer conv ? conv.getCnn2dDataFormat()
                        : layer instanceof SubsamplingLayer pool ? pool.getCnn2dDataFormat() : CNN2DFormat.NCHW;
                if (format != CNN2DFormat.NCHW) {
                    throw new IllegalArgumentException("layer " + layer.getClass().getSimpleName() + " is " + format
                            + ": the oneDNN helpers train only NCHW layers correctly (NHWC gives wrong weight"
                            + " gradients in DL4J 1.0.0-M2.1)");
                }
            }
        }
    }

    public static NetLayout layout(Architecture architecture, InputShape input, int numClasses) {
        return NetLayout.of(architecture.blocks(input, numClasses, 0));
    }
}
