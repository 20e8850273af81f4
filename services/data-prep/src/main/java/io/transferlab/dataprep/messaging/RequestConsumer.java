package io.transferlab.dataprep.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.transferlab.dataprep.preparation.RequestHandler;
import io.transferlab.dataprep.preparation.UnreadableRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/**
 * Takes experiment requests off the requests topic, one at a time. Reading and dividing a data set takes seconds, so
 * this runs on a worker thread; the record is acknowledged only when every output is durable. A request that cannot
 * run is answered with a rejection and acknowledged; a record that is no request at all (not UTF-8 JSON, too large)
 * is answered too and then sent to the dead letters with its raw bytes (one WARN line: a user's mistake, not a
 * failure of this service), as is one met by an infrastructure failure (logged as the error it is).
 * The value is taken as bytes so that the reader, not the deserializer, decides what is valid text.
 */
@ApplicationScoped
public class RequestConsumer {

    private static final Logger LOG = Logger.getLogger(RequestConsumer.class);

    private final RequestHandler handler;

    public RequestConsumer(RequestHandler handler) {
        this.handler = handler;
    }

    @Incoming(DataPrepChannels.REQUESTS)
    @Blocking
    public CompletionStage<Void> onRequest(Message<byte[]> request) {
        String key = request.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> metadata.getKey() == null ? null : metadata.getKey().toString()).orElse(null);
        try {
            handler.handle(key, request.getPayload());
            return request.ack();
        } catch (UnreadableRequest unreadable) {
            LOG.warnf("request with key %s is unreadable, rejected and sent to the dead letters: %s", key,
                    String.join("; ", unreadable.reasons()));
            return request.nack(unreadable);
        }
    }
}
