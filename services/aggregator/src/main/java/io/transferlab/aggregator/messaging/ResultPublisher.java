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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Publishes each complete experiment's result exactly once, across restarts. The whole rule lives here; an
 * experiment's result is sent when all of these hold:
 * <ol>
 * <li>the results topic has been read back to the end offsets it had when this process started. The topics are read
 * side by side, so after a restart an experiment can look complete before its earlier result has been read: sending
 * then would publish every finished table a second time;</li>
 * <li>the experiment is complete, and no result for it has been read back from the topic;</li>
 * <li>this process has not claimed it yet. The claim is taken before sending, under the lock, so exactly one thread
 * sends; it is given back if the broker refuses the send, and the next event for the experiment tries again.</li>
 * </ol>
 * Each result is a binary-mode CloudEvent: the value stays the result's plain JSON (consumers that ignore headers read
 * it as before) and the event's attributes travel in {@code ce_*} headers.
 */
@ApplicationScoped
public class ResultPublisher {

    /** The CloudEvents type of a result; a new version of the result schema gets a new type. */
    public static final String EVENT_TYPE = "io.transferlab.experiment.result.v1";
    public static final String EVENT_SOURCE = "/transferlab/aggregator";

    private static final Logger LOG = Logger.getLogger(ResultPublisher.class);

    private final ExperimentStore store;
    private final Emitter<String> results;
    /** Per partition of the results topic, the offset after the last record read. */
    private final Map<Integer, Long> read = new HashMap<>();
    /** Per non-empty partition, its end offset at start; null until measured. */
    private Map<Integer, Long> ends;
    private boolean caughtUp;
    private final Set<String> claimed = new HashSet<>();

    public ResultPublisher(ExperimentStore store, @Channel(AggregatorChannels.RESULTS_OUT) Emitter<String> results) {
        this.store = store;
        this.results = results;
    }

    /** The results topic's end offsets at start, per partition that holds records ({@link ResultsEndOffsets}). */
    public void endOffsets(Map<Integer, Long> endOffsets) {
        boolean nowCaughtUp;
        synchronized (this) {
            ends = Map.copyOf(endOffsets);
            nowCaughtUp = catchUp();
        }
        if (nowCaughtUp) {
            store.ids().forEach(this::publishIfDue);
        }
    }

    /** A record of the results topic was read: its experiment is marked in the store, or it was unreadable. */
    public void resultRead(int partition, long offset) {
        boolean nowCaughtUp;
        synchronized (this) {
            read.merge(partition, offset + 1, Math::max);
            nowCaughtUp = catchUp();
        }
        if (nowCaughtUp) {
            store.ids().forEach(this::publishIfDue);
        }
    }

    /** The experiment's events changed (accepted, evaluated): its result may be due now. */
    public void publishIfDue(String experimentId) {
        claim(experimentId).ifPresent(this::send);
    }

    /** True only on the call that finds the backlog read, so exactly one caller publishes what waited for it. */
    private boolean catchUp() {
        if (caughtUp || ends == null) {
            return false;
        }
        caughtUp = ends.entrySet().stream().allMatch(end -> read.getOrDefault(end.getKey(), 0L) >= end.getValue());
        return caughtUp;
    }

    private synchronized Optional<ExperimentResult> claim(String experimentId) {
        if (!caughtUp || claimed.contains(experimentId) || store.resultPublished(experimentId)) {
            return Optional.empty();
        }
        Optional<ExperimentResult> result = store.result(experimentId, System.currentTimeMillis());
        result.ifPresent(due -> claimed.add(experimentId));
        return result;
    }

    private void send(ExperimentResult result) {
        try {
            AckedSend.sendAndWait(results, result.experimentId(), result, Metadata.of(event(result)));
            LOG.infof("experiment %s complete: published %d cells over %d jobs", result.experimentId(),
                    result.cells().size(), result.jobs());
        } catch (RuntimeException e) {
            synchronized (this) {
                claimed.remove(result.experimentId());
            }
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
