package io.transferlab.service.dl4j;

import io.transferlab.contracts.messaging.CheckpointManifest;
import io.transferlab.network.checkpoint.Checkpoint;
import io.transferlab.network.checkpoint.CheckpointCodec;
import io.transferlab.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;

/** Checkpoints in object storage, encoded and decoded in this one place for the trainer and the evaluator. */
@ApplicationScoped
public class CheckpointStore {

    /** What one save wrote: the encoded size, the time to encode it and the time of the verified put alone. */
    public record Saved(int bytes, Duration encoding, Duration put) {
    }

    private final ObjectStore store;

    public CheckpointStore(ObjectStore store) {
        this.store = store;
    }

    /** The checkpoint at {@code key}, decoded; empty if there is none; UncheckedIOException if it cannot be read. */
    public Optional<Checkpoint> load(String key) {
        return store.get(key).map(bytes -> {
            try {
                return CheckpointCodec.decode(bytes, key);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Only the manifest of the checkpoint at {@code key} (the net is not decoded); empty if there is none. */
    public Optional<CheckpointManifest> manifest(String key) {
        return store.get(key).map(bytes -> CheckpointCodec.readManifest(bytes, key));
    }

    public boolean exists(String key) {
        return store.exists(key);
    }

    public void remove(String key) {
        store.remove(key);
    }

    public Saved save(String key, Checkpoint checkpoint) {
        long began = System.nanoTime();
        byte[] bytes = CheckpointCodec.encode(checkpoint);
        long encoded = System.nanoTime();
        store.put(key, bytes);
        return new Saved(bytes.length, Duration.ofNanos(encoded - began),
                Duration.ofNanos(System.nanoTime() - encoded));
    }
}
