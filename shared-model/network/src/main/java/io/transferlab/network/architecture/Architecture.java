package io.transferlab.network.architecture;

import io.transferlab.contracts.spec.InputShape;
import java.util.List;

/** A network shape with exactly {@value #WEIGHT_LAYERS} weight layers, so that a cut after n = 1..7 is the paper's. */
public interface Architecture {

    int WEIGHT_LAYERS = 8;

    String name();

    /**
     * The 8 blocks, first to last; the last is the softmax output layer.
     *
     * @param dropout drop probability after the two hidden dense layers, applied as DL4J does: on the next layer's
     *                input
     */
    List<Block> blocks(InputShape input, int numClasses, double dropout);
}
