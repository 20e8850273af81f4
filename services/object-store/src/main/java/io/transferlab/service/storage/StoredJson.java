package io.transferlab.service.storage;

import io.transferlab.contracts.json.Json;
import io.transferlab.storage.ObjectStore;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Messages kept in object storage as UTF-8 JSON, as the mapper writes them: accepted events, evaluations and
 * estimates, which workers answer a repeated request or a replay from.
 */
public final class StoredJson {

    private StoredJson() {
    }

    public static <T> Optional<T> find(ObjectStore store, String key, Class<T> type) {
        return store.get(key).map(bytes -> Json.read(new String(bytes, StandardCharsets.UTF_8), type));
    }

    public static void put(ObjectStore store, String key, Object message) {
        store.put(key, Json.write(message).getBytes(StandardCharsets.UTF_8));
    }
}
