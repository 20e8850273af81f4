package io.transferlab.storage;

import io.transferlab.contracts.json.Digests;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Item;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The object store every service shares. Each object is written with the SHA-256 of its content in its metadata and
 * checked against it when read back, so a partly written or damaged object is never taken for a complete one.
 */
public final class ObjectStore {

    static final String DIGEST = "sha256";

    private final MinioClient client;
    private final String bucket;
    private final Retry retry;

    public ObjectStore(StorageSettings settings) {
        this(settings, RetryPolicy.DEFAULT);
    }

    public ObjectStore(StorageSettings settings, RetryPolicy retry) {
        this.client = MinioClient.builder().endpoint(settings.endpoint())
                .credentials(settings.accessKey(), settings.secretKey()).build();
        this.bucket = settings.bucket();
        this.retry = new Retry(retry);
    }

    public void ensureBucket() {
        retry.call("bucket " + bucket, () -> {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            }
            return null;
        });
    }

    /** Writes the object, then reads its metadata back to verify it landed whole before anyone is told of it. */
    public String put(String key, byte[] bytes) {
        String digest = Digests.sha256(bytes);
        return retry.call("put " + key, () -> {
            try (InputStream in = new ByteArrayInputStream(bytes)) {
                client.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                        .stream(in, (long) bytes.length, null).userMetadata(Map.of(DIGEST, digest)).build());
            }
            StatObjectResponse stat = client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
            if (stat.size() != bytes.length || !digest.equals(userDigest(stat))) {
                throw new IllegalStateException("verification failed: stored " + stat.size() + " bytes");
            }
            return digest;
        });
    }

    /**
     * The object's content, verified against the digest recorded when TransferLab wrote it (objects uploaded by other
     * tools, such as a user's image folders, carry none and are taken as they are); empty if there is no such object.
     */
    public Optional<byte[]> get(String key) {
        return retry.call("get " + key, () -> {
            StatObjectResponse stat;
            try {
                stat = client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
            } catch (ErrorResponseException e) {
                if (isMissing(e)) {
                    return Optional.empty();
                }
                throw e;
            }
            byte[] bytes;
            try (InputStream in = client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
                bytes = in.readAllBytes();
            }
            String recorded = userDigest(stat);
            if (recorded != null && !recorded.equals(Digests.sha256(bytes))) {
                throw new CorruptObjectException(key + ": content does not match its recorded digest");
            }
            return Optional.of(bytes);
        });
    }

    public boolean exists(String key) {
        return retry.call("stat " + key, () -> {
            try {
                client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
                return true;
            } catch (ErrorResponseException e) {
                if (isMissing(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** One object as listed: its key and its size in bytes. */
    public record Listed(String key, long size) {
    }

    /** The keys of every object whose key starts with {@code prefix}, in the server's (lexicographic) order. */
    public List<String> list(String prefix) {
        return listed(prefix).stream().map(Listed::key).toList();
    }

    /** Every object whose key starts with {@code prefix}, with its size, in the server's (lexicographic) order. */
    public List<Listed> listed(String prefix) {
        return retry.call("list " + prefix, () -> {
            List<Listed> objects = new ArrayList<>();
            for (Result<Item> result : client.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(prefix)
                    .recursive(true).build())) {
                Item item = result.get();
                if (!item.isDir()) {
                    objects.add(new Listed(item.objectName(), item.size()));
                }
            }
            return List.copyOf(objects);
        });
    }

    public void remove(String key) {
        retry.call("remove " + key, () -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
            return null;
        });
    }

    /** S3 servers change the case of user metadata keys. */
    private static String userDigest(StatObjectResponse stat) {
        return stat.userMetadata().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(DIGEST))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static boolean isMissing(ErrorResponseException e) {
        String code = e.errorResponse().code();
        return "NoSuchKey".equals(code) || "NoSuchObject".equals(code) || "NotFound".equals(code);
    }

}
