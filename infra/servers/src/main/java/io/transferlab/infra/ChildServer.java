package io.transferlab.infra;

import java.time.Duration;

/**
 * A server run as a child JVM that keeps its ports and data across a stop, so it can be restarted in place (for
 * fault injection); subclasses say how to start it and how to tell that it serves.
 */
abstract class ChildServer implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private ChildJvm process;

    /** Starts the child process; does not wait for it. */
    abstract ChildJvm spawn();

    /** Whether the server answers requests yet. */
    abstract boolean ready() throws Exception;

    /** Starts the child and returns once it serves; a child that fails to come up is stopped. */
    final void launch() {
        process = spawn();
        try {
            process.awaitReady(READY_TIMEOUT, this::ready);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** Graceful stop (SIGTERM, up to 15 s, then kill). The data stays for {@link #restart()}. */
    public void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    /** SIGKILL, as a crashed server dies, mid-request if need be; {@link #restart()} brings it back. */
    public void crash() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    /** Stops the server and starts it again on the same ports with the same data; returns once it serves. */
    public void restart() {
        stop();
        launch();
    }

    @Override
    public void close() {
        stop();
    }
}
