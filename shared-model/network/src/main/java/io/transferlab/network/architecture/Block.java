package io.transferlab.network.architecture;

import org.deeplearning4j.nn.conf.layers.Layer;

import java.util.ArrayList;
import java.util.List;

/**
 * One of the paper's 8 weight layers together with the parameter-free layers that follow it (pooling,
 * normalisation): a cut after weight layer n keeps the whole block n, as the paper's Caffe nets do.
 */
public record Block(Layer weightLayer, List<Layer> trailing) {

    public Block {
        trailing = List.copyOf(trailing);
    }

    public static Block of(Layer weightLayer, Layer... trailing) {
        return new Block(weightLayer, List.of(trailing));
    }

    /** The weight layer, then the trailing ones. */
    public List<Layer> layers() {
        List<Layer> layers = new ArrayList<>(size());
        layers.add(weightLayer);
        layers.addAll(trailing);
        return layers;
    }

    public int size() {
        return 1 + trailing.size();
    }
}
