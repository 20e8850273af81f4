package io.transferlab.storage;

/** An object-store operation that failed after its retries, naming the key. */
public class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
