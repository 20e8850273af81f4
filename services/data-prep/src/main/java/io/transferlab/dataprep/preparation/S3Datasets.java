package io.transferlab.dataprep.preparation;

import io.transferlab.service.storage.StorageConfig;
import io.transferlab.storage.CorruptObjectException;
import io.transferlab.storage.ObjectStore;
import io.transferlab.storage.StorageSettings;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Copies a data set from an S3 prefix into a temporary directory, so the readers see the same files as locally.
 * Object keys are as untrusted as the request that names their prefix: each must map to a file inside the directory.
 */
@ApplicationScoped
public class S3Datasets {

    private static final Pattern SAFE_RELATIVE_KEY = Pattern.compile("(?!.*(^|/)\\.{1,2}(/|$))[^/\\\\]+(/[^/\\\\]+)*");

    private final StorageConfig config;
    private final Map<String, ObjectStore> stores = new ConcurrentHashMap<>();

    public S3Datasets(StorageConfig config, ObjectStore store) {
        this.config = config;
        stores.put(config.bucket(), store);
    }

    /**
     * A new temporary directory holding every object under {@code prefix} (ending in "/"), which the caller deletes;
     * or why the objects cannot be used.
     */
    public Checked<Path> download(String bucket, String prefix) {
        ObjectStore store = stores.computeIfAbsent(bucket, b -> new ObjectStore(
                new StorageSettings(config.endpoint(), config.accessKey(), config.secretKey(), b),
                config.retry().policy()));
        String origin = "s3://" + bucket + "/" + prefix;
        List<String> keys = store.list(prefix);
        if (keys.isEmpty()) {
            return Checked.problem("dataset.location: no objects under " + origin);
        }
        Path dir = createTempDirectory();
        boolean kept = false;
        try {
            Checked<Path> copied = copy(store, bucket, prefix, keys, dir);
            kept = copied.ok();
            return copied;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + origin + " to " + dir, e);
        } finally {
            if (!kept) {
                DataDirectory.deleteRecursively(dir);
            }
        }
    }

    private static Checked<Path> copy(ObjectStore store, String bucket, String prefix, List<String> keys, Path dir)
            throws IOException {
        for (String key : keys) {
            if (key.endsWith("/")) {
                continue; // a "folder" marker that S3 consoles create: no content
            }
            String relative = key.substring(prefix.length());
            Path target = dir.resolve(relative).normalize();
            if (!isPlainRelative(relative) || !target.startsWith(dir)) {
                return Checked.problem("dataset.location: object key '" + key + "' under s3://" + bucket + "/"
                        + prefix + " is not a plain relative path");
            }
            Checked<byte[]> bytes = fetch(store, bucket, key);
            if (!bytes.ok()) {
                return Checked.failed(bytes.problems());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, bytes.value());
        }
        return Checked.of(dir);
    }

    /** Plain relative segments only: no empty, "." or ".." segment, no backslash, no leading slash. */
    static boolean isPlainRelative(String key) {
        return SAFE_RELATIVE_KEY.matcher(key).matches();
    }

    private static Checked<byte[]> fetch(ObjectStore store, String bucket, String key) {
        String uri = "s3://" + bucket + "/" + key;
        try {
            return store.get(key).map(Checked::of)
                    .orElseGet(() -> Checked.problem("dataset: " + uri + ": disappeared while being copied"));
        } catch (CorruptObjectException e) {
            // The store records a SHA-256 with every object it writes; one without it, or not matching it, is unusable.
            return Checked.problem("dataset: " + uri + ": content does not match its recorded SHA-256");
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("transferlab-dataset");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }
}
