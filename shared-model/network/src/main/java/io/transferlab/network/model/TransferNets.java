package io.transferlab.network.model;

import io.transferlab.contracts.spec.InputShape;
import io.transferlab.contracts.spec.ResolvedBudget;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.network.architecture.Architecture;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Builds the net of each variant the way the paper did: a fresh net whose blocks n+1..8 are newly initialised, with
 * blocks 1..n copied from the source base net (or left random for the control), frozen unless the variant fine-tunes
 * them. The fresh layers come from the stream seed of the job's sweep seed and target half, so they start where the
 * base net of that half and seed started (and the control's random layers are its initial ones).
 */
public final class TransferNets {

    private TransferNets() {
    }

    public static MultiLayerNetwork build(Variant variant, int depth, Architecture architecture, InputShape input,
                                          int numClasses, ResolvedBudget budget, long streamSeed,
                                          MultiLayerNetwork source) {
        if (variant.isBase() != (depth == 0)) {
            throw new IllegalArgumentException(variant.label() + " cannot be built at depth " + depth);
        }
        if (variant.source().isPresent() != (source != null)) {
            throw new IllegalArgumentException(variant.label() + (source == null
                    ? " needs the source base net's checkpoint" : " takes no source net"));
        }
        MultiLayerNetwork net = NetFactory.create(architecture, input, numClasses, budget, streamSeed,
                variant.freezesPrefix() ? depth : 0);
        if (source != null) {
            copyPrefix(source, net, NetFactory.layout(architecture, input, numClasses).prefixEnd(depth));
        }
        return net;
    }

    /** Copies the parameters of DL4J layers {@code [0, end)}; layers without parameters have empty views. */
    static void copyPrefix(MultiLayerNetwork source, MultiLayerNetwork target, int end) {
        for (int i = 0; i < end; i++) {
            INDArray from = source.getLayer(i).params();
            INDArray to = target.getLayer(i).params();
            if (from == null || to == null || from.length() == 0) {
                continue;
            }
            if (from.length() != to.length()) {
                throw new IllegalStateException("layer " + i + ": source has " + from.length()
                        + " parameters, target " + to.length() + " (different input shape or architecture?)");
            }
            to.assign(from);
        }
    }
}
