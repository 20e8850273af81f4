package io.transferlab.dataprep.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.transferlab.dataprep.preparation.RequestHandler;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Takes experiment requests off the requests topic, one at a time. Reading and dividing a data set takes seconds, so
 * this runs on a worker thread; the record is acknowledged only when every output is durable. A request that cannot
 * run is answered with a rejection and acknowledged; a record that is no request at all (not UTF-8 JSON, too large)
 * is answered too and then sent to the dead letters with its raw bytes, as is one met by an infrastructure failure.
 * The value is taken as bytes so that the reader, not the deserializer, decides what is valid text.
 */
@ApplicationScoped
public class RequestConsumer {

    private final RequestHandler handler;

    public RequestConsumer(RequestHandler handler) {
        this.handler = handler;
    }

    @Incoming(DataPrepChannels.REQUESTS)
    @Blocking
    public void onRequest(ConsumerRecord<String, byte[]> request) {
        handler.handle(request.key(), request.value());
    }
}
