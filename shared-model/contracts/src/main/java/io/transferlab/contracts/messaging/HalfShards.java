package io.transferlab.contracts.messaging;

/** The data shards of one half. */
public record HalfShards(ShardRef train, ShardRef validation, ShardRef test) {
}
