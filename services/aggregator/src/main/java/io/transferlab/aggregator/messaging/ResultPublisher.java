package io.transferlab.aggregator.messaging;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.transferlab.aggregator.results.ExperimentStore;
import io.transferlab.contracts.messaging.ExperimentResult;
import io.transferlab.contracts.messaging.MessageSchemas;
import io.transferlab.service.messaging.AckedSend;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Publishes the table of each complete experiment once: when it completes, or when the results backlog is read. Each
 * result is a binary-mode CloudEvent: the value stays the result's plain JSON (consumers that ignore headers read it
 * as before) and the event's attributes travel in {@code ce_*} headers.
 */
@ApplicationScoped
public class ResultPublisher {

    /** The CloudEvents type of a result; a new version of the result schema gets a new type. */
    public static final String EVENT_TYPE = "io.transferlab.experiment.result.v1";
    public static final String EVENT_SOURCE = "/transferlab/aggregator";

    private static final Logger LOG = Logger.getLogger(ResultPublisher.class);

    private final ExperimentStore store;
    private final ResultsBacklog backlog;
    private final Emitter<String> results;

    public ResultPublisher(ExperimentStore store, ResultsBacklog backlog,
                           @Channel(AggregatorChannels.RESULTS_OUT) Emitter<String> results) {
        this.store = store;
        this.backlog = backlog;
        this.results = results;
    }

    /** Publishes the experiment's result if it is complete and none was published before. */
    public void publishIfDue(String experimentId) {
        if (!backlog.caughtUp()) {
            return; // its result may be among those not read yet; the end of the backlog calls publishAllDue
        }
        store.claimResult(experimentId, System.currentTimeMillis()).ifPresent(this::send);
    }

    public void publishAllDue() {
        store.ids().forEach(this::publishIfDue);
    }

    private void send(ExperimentResult result) {
        try {
            AckedSend.sendAndWait(results, result.experimentId(), result, Metadata.of(event(result)));
            LOG.infof("experiment %s complete: published %d cells over %d jobs", result.experimentId(),
                    result.cells().size(), result.jobs());
        } catch (RuntimeException e) {
            store.releaseClaim(result.experimentId());
            throw e;
        }
    }

    /** The id is the same for the same experiment and spec, so a consumer recognises a result published twice. */
    private static OutgoingCloudEventMetadata<String> event(ExperimentResult result) {
        return OutgoingCloudEventMetadata.<String>builder()
                .withId(eventId(result))
                .withType(EVENT_TYPE)
                .withSource(URI.create(EVENT_SOURCE))
                .withSubject(result.experimentId())
                .withDataContentType("application/json")
                .withDataSchema(URI.create(MessageSchemas.RESULT.id()))
                .withTimestamp(Instant.ofEpochMilli(result.completedAt()).atZone(ZoneOffset.UTC))
                .build();
    }

    public static String eventId(ExperimentResult result) {
        return result.experimentId() + ":" + result.specDigest();
    }
}
