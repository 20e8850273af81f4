package io.transferlab.contracts.messaging;

/**
 * Where a checkpoint came from, so any result can be traced to its configuration, data and parent.
 *
 * @param specDigest         SHA-256 of the resolved experiment spec
 * @param seed               the sweep seed
 * @param initSeed           the seed the freshly initialised layers were drawn with
 * @param dataDigest         SHA-256 of the training shard
 * @param parentCheckpointId the base net's checkpoint the first n layers were copied from; null if none
 * @param codeVersion        TransferLab version that trained it
 */
public record Provenance(String specDigest, long seed, long initSeed, String dataDigest, String parentCheckpointId,
                         String codeVersion) {
}
