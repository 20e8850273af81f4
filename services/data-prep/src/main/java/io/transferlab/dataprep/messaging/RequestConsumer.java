package io.transferlab.dataprep.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.transferlab.dataprep.metrics.DataPrepMetrics;
import io.transferlab.dataprep.preparation.Outcome;
import io.transferlab.dataprep.preparation.RequestHandler;
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
 * failure of this service). A failure of this service (a bug, storage or broker down) is no rejection: the record is
 * logged as the error it is and sent to the dead letters, unanswered.
 * The value is taken as bytes so that the reader, not the deserializer, decides what is valid text.
 */
@ApplicationScoped
public class RequestConsumer {

    private static final Logger LOG = Logger.getLogger(RequestConsumer.class);

    private final RequestHandler handler;
    private final EventPublisher publisher;
    private final DataPrepMetrics metrics;

    public RequestConsumer(RequestHandler handler, EventPublisher publisher, DataPrepMetrics metrics) {
        this.handler = handler;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    @Incoming(DataPrepChannels.REQUESTS)
    @Blocking
    public CompletionStage<Void> onRequest(Message<byte[]> request) {
        String key = request.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> metadata.getKey() == null ? null : metadata.getKey().toString()).orElse(null);
        try {
            Outcome outcome = handler.handle(key, request.getPayload());
            if (outcome instanceof Outcome.Accepted accepted) {
                publisher.accepted(accepted);
                metrics.accepted();
                return request.ack();
            }
            Outcome.Rejected rejected = (Outcome.Rejected) outcome;
            LOG.infof("request %s rejected: %s", rejected.experimentId(), rejected.reasons());
            publisher.rejected(rejected.experimentId(), key, rejected.reasons());
            metrics.rejected();
            if (rejected.unreadable()) {
                LOG.warnf("request with key %s is unreadable, rejected and sent to the dead letters: %s", key,
                        String.join("; ", rejected.reasons()));
                return request.nack(new UnreadableRecord(rejected.reasons()));
            }
            return request.ack();
        } catch (RuntimeException e) {
            LOG.errorf(e, "request with key %s failed, sent to the dead letters unanswered", key);
            return request.nack(e);
        }
    }
}
