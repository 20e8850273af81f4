package io.transferlab.aggregator.messaging;

import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The emitter's other side in the fast unit tests: it keeps each message's payload and acknowledges it as a broker
 * would, or refuses the next {@link #refuse(int)} sends. The real broker's side is tested by ResultEventTest.
 */
final class BrokerStandIn implements Emitter<String> {

    final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusals = new AtomicInteger();

    void refuse(int sends) {
        refusals.set(sends);
    }

    @Override
    public <M extends Message<? extends String>> void send(M message) {
        if (refusals.getAndDecrement() > 0) {
            message.nack(new IllegalStateException("broker unavailable"));
        } else {
            acknowledged.add(message.getPayload());
            message.ack();
        }
    }

    @Override
    public CompletionStage<Void> send(String payload) {
        throw new UnsupportedOperationException("the aggregator sends messages with metadata only");
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
