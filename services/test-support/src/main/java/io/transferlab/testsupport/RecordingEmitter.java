package io.transferlab.testsupport;

import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The emitter's other side in the services' fast unit tests: it keeps what is sent and acknowledges it at once, as a
 * broker that is up does, or refuses the next {@link #refuse(int)} sends. The real broker's side is what the
 * services' real-server tests check.
 */
public final class RecordingEmitter implements Emitter<String> {

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusals = new AtomicInteger();

    /** The payloads acknowledged so far, in order. */
    public List<String> sent() {
        return sent;
    }

    public void refuse(int sends) {
        refusals.set(sends);
    }

    @Override
    public CompletionStage<Void> send(String payload) {
        if (refusals.getAndDecrement() > 0) {
            return CompletableFuture.failedFuture(new IllegalStateException("broker unavailable"));
        }
        sent.add(payload);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public <M extends Message<? extends String>> void send(M message) {
        if (refusals.getAndDecrement() > 0) {
            message.nack(new IllegalStateException("broker unavailable"));
        } else {
            sent.add(message.getPayload());
            message.ack();
        }
    }

    @Override
    public void complete() {
    }

    @Override
    public void error(Exception e) {
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    @Override
    public boolean hasRequests() {
        return true;
    }
}
