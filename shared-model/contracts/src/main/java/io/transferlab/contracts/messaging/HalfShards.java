package io.transferlab.contracts.messaging;

import java.util.List;

/**
 * The data shards of one half: each sweep seed's training and validation shards, and the one test shard every seed's
 * nets are scored on.
 *
 * @param seeds the shards of each sweep seed, in the spec's seed order
 * @param test  the held-out test images, the same for every seed
 */
public record HalfShards(List<SeedShards> seeds, ShardRef test) {

    public HalfShards {
        seeds = List.copyOf(seeds);
    }

    /** The shards the nets of sweep seed {@code seed} train on. */
    public SeedShards of(long seed) {
        return seeds.stream().filter(s -> s.seed() == seed).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no shards for seed " + seed));
    }
}
