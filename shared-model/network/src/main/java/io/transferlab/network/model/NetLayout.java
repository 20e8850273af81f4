package io.transferlab.network.model;

import io.transferlab.contracts.spec.NetArchitecture;
import io.transferlab.network.architecture.Block;

import java.util.List;

/** Maps the paper's weight layers 1..8 to DL4J layer indices, which also count pooling and normalisation layers. */
public record NetLayout(int[] blockStarts, int layerCount) {

    public static NetLayout of(List<Block> blocks) {
        if (blocks.size() != NetArchitecture.WEIGHT_LAYERS) {
            throw new IllegalArgumentException("an architecture needs exactly " + NetArchitecture.WEIGHT_LAYERS
                    + " weight layers, got " + blocks.size());
        }
        int[] starts = new int[blocks.size()];
        int index = 0;
        for (int i = 0; i < blocks.size(); i++) {
            starts[i] = index;
            index += blocks.get(i).size();
        }
        return new NetLayout(starts, index);
    }

    /** DL4J index of weight layer {@code n} (1-based, as in the paper). */
    public int weightLayerIndex(int n) {
        return blockStarts[n - 1];
    }

    /** DL4J indices belonging to the first {@code n} blocks: {@code [0, prefixEnd(n))}. */
    public int prefixEnd(int n) {
        return n == blockStarts.length ? layerCount : blockStarts[n];
    }
}
