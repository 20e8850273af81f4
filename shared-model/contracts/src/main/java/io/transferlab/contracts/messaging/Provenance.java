package io.transferlab.contracts.messaging;

/**
 * Where a checkpoint came from, so any result can be traced to its configuration, data and parent.
 *
 * @param specDigest         SHA-256 of the resolved experiment spec
 * @param seed               the sweep seed
 * @param initSeed           the seed of the random streams shared by every net of its sweep seed and target half
 *                           (common random numbers): its fresh layers' initial weights (one stream per layer), its
 *                           batch order and its dropout masks
 * @param jobSeed            the job's own seed (sweep seed, variant salt, depth), distinct for every net of a seed:
 *                           it tells the nets of one seed and half apart, whose draws all come from initSeed
 * @param dataDigest         SHA-256 of the training shard
 * @param parentCheckpointId the base net's checkpoint the first n layers were copied from; null if none
 * @param codeVersion        TransferLab version that trained it
 */
public record Provenance(String specDigest, long seed, long initSeed, long jobSeed, String dataDigest,
                         String parentCheckpointId, String codeVersion) {
}
