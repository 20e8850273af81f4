package io.transferlab.network.training;

import io.transferlab.contracts.messaging.TrainingProgress;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** Receives the net every few iterations and at the end, to persist it where the job can resume from. */
@FunctionalInterface
public interface CheckpointSink {

    CheckpointSink NONE = (net, progress, complete) -> {
    };

    void save(MultiLayerNetwork net, TrainingProgress progress, boolean complete);
}
