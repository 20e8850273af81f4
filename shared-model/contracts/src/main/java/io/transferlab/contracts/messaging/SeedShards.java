package io.transferlab.contracts.messaging;

/**
 * The training and validation shards the nets of one sweep seed train on in one half. Seeds that share a draw (all
 * seeds under a fixed draw, seeds 2k-1 and 2k under paired seeds) name the same shards.
 *
 * @param seed       the sweep seed
 * @param dataSeed   the seed of the draw ({@link io.transferlab.contracts.spec.DataDraw#dataSeed})
 * @param train      the training images
 * @param validation the validation images
 */
public record SeedShards(long seed, long dataSeed, ShardRef train, ShardRef validation) {
}
