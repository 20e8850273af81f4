package io.transferlab.contracts.messaging;

/**
 * A data shard in object storage.
 *
 * @param key    object key
 * @param digest lowercase hex SHA-256 of the shard's encoded content (provenance)
 * @param count  images in the shard
 */
public record ShardRef(String key, String digest, int count) {
}
