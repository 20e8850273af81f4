package io.transferlab.service.storage;

import io.transferlab.contracts.json.Digests;
import io.transferlab.contracts.messaging.ShardRef;
import io.transferlab.data.ImageSet;
import io.transferlab.data.shard.ShardCodec;
import io.transferlab.storage.CorruptObjectException;
import io.transferlab.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Data shards fetched from object storage, checked against the digest the message names, and kept by digest: the
 * 30+ jobs of an experiment use the same few shards, so a worker downloads and decodes each one once.
 */
@ApplicationScoped
public class ShardStore {

    private final ObjectStore store;
    private final Map<String, ImageSet> cache;

    public ShardStore(ObjectStore store, StorageConfig config) {
        this.store = store;
        int capacity = config.shardCacheSize();
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ImageSet> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized ImageSet fetch(ShardRef ref) {
        ImageSet cached = cache.get(ref.digest());
        if (cached != null) {
            return cached;
        }
        byte[] bytes = store.get(ref.key())
                .orElseThrow(() -> new IllegalStateException("data shard missing from object storage: " + ref.key()));
        if (!Digests.sha256(bytes).equals(ref.digest())) {
            throw new CorruptObjectException(ref.key() + ": content does not match the digest the message names");
        }
        ImageSet images = ShardCodec.decode(bytes, ref.key());
        cache.put(ref.digest(), images);
        return images;
    }
}
