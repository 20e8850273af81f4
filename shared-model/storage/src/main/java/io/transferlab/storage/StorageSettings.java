package io.transferlab.storage;

/**
 * How to reach the object store.
 *
 * @param endpoint  S3 endpoint URL, e.g. http://127.0.0.1:9000
 * @param accessKey access key id
 * @param secretKey secret key; never logged
 * @param bucket    the bucket holding every experiment's objects
 */
public record StorageSettings(String endpoint, String accessKey, String secretKey, String bucket) {

    @Override
    public String toString() {
        return "StorageSettings[endpoint=" + endpoint + ", bucket=" + bucket + "]";
    }
}
