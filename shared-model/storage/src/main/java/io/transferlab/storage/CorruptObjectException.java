package io.transferlab.storage;

/** An object whose content does not match the digest recorded when it was written: never to be used. */
public class CorruptObjectException extends StorageException {

    public CorruptObjectException(String message) {
        super(message, null);
    }
}
