package io.transferlab.network.checkpoint;

import io.transferlab.contracts.messaging.CheckpointManifest;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** A net with its updater state, and the manifest saying how far it trained and where it came from. */
public record Checkpoint(MultiLayerNetwork net, CheckpointManifest manifest) {
}
