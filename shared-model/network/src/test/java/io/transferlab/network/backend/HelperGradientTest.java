package io.transferlab.network.backend;

import org.deeplearning4j.config.DL4JSystemProperties;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gradients on the oneDNN helper path equal the true gradients. The referee is DL4J's own path in double precision,
 * itself checked against central finite differences; the helper path runs in float (oneDNN has no double
 * convolutions), so it is held to float's accuracy: per parameter array, the largest difference from the referee
 * within {@value #FLOAT_TOLERANCE} of that array's largest gradient. DL4J's own float path is measured the same way
 * and printed beside it. The net has compact8's layer kinds: same-mode 3x3 ReLU convolutions, max pooling, dense.
 */
class HelperGradientTest {

    /** Normwise relative error allowed on the float paths (oneDNN may use Winograd, which rounds differently). */
    static final double FLOAT_TOLERANCE = 1e-3;
    /** Finite differences against DL4J's double-precision backpropagation, also normwise. */
    static final double FINITE_DIFFERENCE_TOLERANCE = 1e-7;
    private static final int BATCH = 6;

    private static MultiLayerNetwork helperFloat;
    private static MultiLayerNetwork ownFloat;
    private static MultiLayerNetwork ownDouble;
    private static INDArray features;
    private static INDArray labels;

    @BeforeAll
    static void build() {
        helperFloat = net(DataType.FLOAT, true);
        ownFloat = net(DataType.FLOAT, false);
        ownDouble = net(DataType.DOUBLE, false);
        ownFloat.setParams(helperFloat.params().dup());
        ownDouble.setParams(helperFloat.params().castTo(DataType.DOUBLE));
        Nd4j.getRandom().setSeed(11);
        features = Nd4j.randn(DataType.DOUBLE, BATCH, 2, 8, 8);
        labels = Nd4j.zeros(DataType.DOUBLE, BATCH, 3);
        for (int i = 0; i < BATCH; i++) {
            labels.putScalar(i, i % 3, 1.0);
        }
    }

    @Test
    void theHelperIsUsedOnlyWhereItWasAllowed() {
        for (int layer : new int[] {0, 2}) {
            assertThat(convLayer(helperFloat, layer).getHelper()).isInstanceOf(MKLDNNConvHelper.class);
            assertThat(convLayer(ownFloat, layer).getHelper()).isNull();
            assertThat(convLayer(ownDouble, layer).getHelper()).isNull();
        }
    }

    @Test
    void theDoubleReferenceMatchesFiniteDifferences() {
        compute(ownDouble);
        // In parameter order (DL4J keeps a convolution's bias before its weights), copied before the perturbations.
        INDArray analytic = ownDouble.getFlattenedGradients().dup();
        INDArray params = ownDouble.params();
        double worstDifference = 0;
        double largest = 0;
        double eps = 1e-6;
        for (long i = 0; i < params.length(); i++) {
            double original = params.getDouble(i);
            params.putScalar(i, original + eps);
            double plus = score(ownDouble);
            params.putScalar(i, original - eps);
            double minus = score(ownDouble);
            params.putScalar(i, original);
            double numeric = (plus - minus) / (2 * eps);
            // DL4J's gradient is summed over the batch (its updater divides), its score is the batch mean.
            double exact = analytic.getDouble(i) / BATCH;
            worstDifference = Math.max(worstDifference, Math.abs(numeric - exact));
            largest = Math.max(largest, Math.abs(exact));
        }
        double worst = worstDifference / largest;
        System.out.printf(Locale.ROOT, "finite differences vs DL4J double backprop: %d parameters, largest "
                + "difference %.2e of the largest gradient%n", params.length(), worst);
        assertThat(worst).isLessThan(FINITE_DIFFERENCE_TOLERANCE);
    }

    @Test
    void helperGradientsEqualTheReferenceWithinFloatAccuracy() {
        Map<String, INDArray> reference = gradients(ownDouble);
        Map<String, INDArray> helper = gradients(helperFloat);
        Map<String, INDArray> own = gradients(ownFloat);
        assertThat(score(helperFloat)).isCloseTo(score(ownDouble), org.assertj.core.api.Assertions.within(1e-5));
        for (Map.Entry<String, INDArray> entry : reference.entrySet()) {
            double scale = entry.getValue().amaxNumber().doubleValue();
            double helperError = maxDifference(helper.get(entry.getKey()), entry.getValue()) / scale;
            double ownError = maxDifference(own.get(entry.getKey()), entry.getValue()) / scale;
            System.out.printf(Locale.ROOT, "gradient %-4s largest %.3e: oneDNN helper float %.2e, DL4J float %.2e "
                    + "(relative to the largest)%n", entry.getKey(), scale, helperError, ownError);
            assertThat(scale).as(entry.getKey()).isPositive();
            assertThat(helperError).as("helper, " + entry.getKey()).isLessThan(FLOAT_TOLERANCE);
            assertThat(ownError).as("DL4J, " + entry.getKey()).isLessThan(FLOAT_TOLERANCE);
        }
    }

    private static MultiLayerNetwork net(DataType type, boolean helpers) {
        String before = System.getProperty(DL4JSystemProperties.DISABLE_HELPER_PROPERTY);
        System.setProperty(DL4JSystemProperties.DISABLE_HELPER_PROPERTY, String.valueOf(!helpers));
        try {
            MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                    .seed(5).dataType(type).weightInit(WeightInit.RELU).list()
                    // No fall-back to DL4J's path if the helper fails: a failing helper must fail the test.
                    .layer(new ConvolutionLayer.Builder(3, 3).nOut(4).convolutionMode(ConvolutionMode.Same)
                            .activation(Activation.RELU).cudnnAllowFallback(false).build())
                    .layer(new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                    .layer(new ConvolutionLayer.Builder(3, 3).nOut(6).convolutionMode(ConvolutionMode.Same)
                            .activation(Activation.RELU).cudnnAllowFallback(false).build())
                    .layer(new DenseLayer.Builder().nOut(16).activation(Activation.TANH).build())
                    .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                            .activation(Activation.SOFTMAX).build())
                    .setInputType(InputType.convolutional(8, 8, 2))
                    .build());
            net.init();
            return net;
        } finally {
            System.setProperty(DL4JSystemProperties.DISABLE_HELPER_PROPERTY, before == null ? "true" : before);
        }
    }

    private static org.deeplearning4j.nn.layers.convolution.ConvolutionLayer convLayer(MultiLayerNetwork net,
                                                                                        int index) {
        return (org.deeplearning4j.nn.layers.convolution.ConvolutionLayer) net.getLayer(index);
    }

    private static Map<String, INDArray> gradients(MultiLayerNetwork net) {
        compute(net);
        Map<String, INDArray> copy = new TreeMap<>();
        net.gradient().gradientForVariable().forEach((key, value) -> copy.put(key, value.castTo(DataType.DOUBLE)));
        return copy;
    }

    private static double score(MultiLayerNetwork net) {
        compute(net);
        return net.score();
    }

    private static void compute(MultiLayerNetwork net) {
        net.setInput(features.castTo(net.params().dataType()));
        net.setLabels(labels.castTo(net.params().dataType()));
        net.computeGradientAndScore();
    }

    private static double maxDifference(INDArray a, INDArray b) {
        return a.sub(b).amaxNumber().doubleValue();
    }
}
