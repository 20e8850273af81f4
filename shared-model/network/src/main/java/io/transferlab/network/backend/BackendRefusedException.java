package io.transferlab.network.backend;

/** The configured backend cannot be used and the configuration forbids falling back: the trainer must not start. */
public class BackendRefusedException extends IllegalStateException {

    public BackendRefusedException(String message) {
        super(message);
    }

    public BackendRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
