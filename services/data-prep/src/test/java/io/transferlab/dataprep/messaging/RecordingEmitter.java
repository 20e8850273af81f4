package io.transferlab.dataprep.messaging;

import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** An emitter that keeps what is sent and acknowledges it at once, as a broker that is up does. */
final class RecordingEmitter implements Emitter<String> {

    private final List<String> sent = new CopyOnWriteArrayList<>();

    List<String> sent() {
        return sent;
    }

    @Override
    public CompletionStage<Void> send(String payload) {
        sent.add(payload);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public <M extends Message<? extends String>> void send(M message) {
        sent.add(message.getPayload());
        message.ack();
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
