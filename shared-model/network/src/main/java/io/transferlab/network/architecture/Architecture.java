package io.transferlab.network.architecture;

import io.transferlab.contracts.spec.InputShape;
import io.transferlab.contracts.spec.NetArchitecture;

import java.util.List;

/**
 * The layers of a network shape with exactly {@value NetArchitecture#WEIGHT_LAYERS} weight layers, so that a cut after
 * n = 1..{@value NetArchitecture#MAX_DEPTH} is the paper's.
 */
public interface Architecture {

    /**
     * The 8 blocks, first to last; the last is the softmax output layer.
     *
     * @param dropout drop probability after the two hidden dense layers, applied as DL4J does: on the next layer's
     *                input
     */
    List<Block> blocks(InputShape input, int numClasses, double dropout);
}
