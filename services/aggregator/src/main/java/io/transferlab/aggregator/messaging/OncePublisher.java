package io.transferlab.aggregator.messaging;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.transferlab.contracts.messaging.MessageSchemas;
import io.transferlab.service.messaging.AckedSend;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Publishes each complete result of one kind (an experiment's, a study's) exactly once, across restarts. The whole
 * rule lives here; a result is sent when all of these hold:
 * <ol>
 * <li>its topic has been read back to the end offsets it had when this process started. The topics are read side by
 * side, so after a restart a result can look due before its earlier copy has been read: sending then would publish
 * every finished result a second time;</li>
 * <li>it is complete, and no result for it has been read back from the topic;</li>
 * <li>this process has not claimed it yet. The claim is taken before sending, under the lock, so exactly one thread
 * sends; it is given back if the broker refuses the send, and the next event for it tries again.</li>
 * </ol>
 * Each result is a binary-mode CloudEvent: the value stays the result's plain JSON (consumers that ignore headers read
 * it as before) and the event's attributes travel in {@code ce_*} headers.
 *
 * @param <R> the result record
 */
public class OncePublisher<R> implements Replayed {

    public static final String EVENT_SOURCE = "/transferlab/aggregator";

    private static final Logger LOG = Logger.getLogger(OncePublisher.class);

    private final Kind<R> kind;
    private final Results<R> results;
    private final Emitter<String> emitter;
    private final TopicReplay replay;
    private final Set<String> claimed = new HashSet<>();

    protected OncePublisher(Kind<R> kind, Results<R> results, Emitter<String> emitter) {
        this.kind = kind;
        this.results = results;
        this.emitter = emitter;
        this.replay = new TopicReplay(kind.schema().topic());
    }

    /** The topic it publishes to and reads back. */
    @Override
    public String topic() {
        return replay.topic();
    }

    /** The topic's end offsets at start ({@link ReplayEndOffsets}); what waited for them is published now. */
    @Override
    public boolean endOffsets(Map<Integer, Long> endOffsets) {
        return publishAllIf(replay.endOffsets(endOffsets));
    }

    /** A record of the topic was read: its result is marked as seen, or it was unreadable. */
    @Override
    public boolean recordRead(int partition, long offset) {
        return publishAllIf(replay.recordRead(partition, offset));
    }

    @Override
    public boolean caughtUp() {
        return replay.caughtUp();
    }

    @Override
    public long remaining() {
        return replay.remaining();
    }

    /** Its events changed (accepted, evaluated): its result may be due now. */
    public void publishIfDue(String id) {
        claim(id).ifPresent(result -> send(id, result));
    }

    /** Called with true only once (by the call that completed the replay): publishes everything that waited. */
    private boolean publishAllIf(boolean nowCaughtUp) {
        if (nowCaughtUp) {
            results.ids().get().forEach(this::publishIfDue);
        }
        return nowCaughtUp;
    }

    private synchronized Optional<R> claim(String id) {
        if (!replay.caughtUp() || claimed.contains(id) || results.published().test(id)) {
            return Optional.empty();
        }
        Optional<R> result = results.due().apply(id, System.currentTimeMillis());
        result.ifPresent(due -> claimed.add(id));
        return result;
    }

    /** Sends the result claimed under {@code id}; gives that claim back if the send fails. */
    private void send(String id, R result) {
        String key = kind.key().apply(result);
        try {
            AckedSend.sendAndWait(emitter, key, result, Metadata.of(event(result, key)));
            LOG.infof("%s complete: published %s to %s", key, kind.eventId().apply(result), topic());
        } catch (RuntimeException e) {
            synchronized (this) {
                claimed.remove(id);
            }
            throw e;
        }
    }

    private OutgoingCloudEventMetadata<String> event(R result, String key) {
        return OutgoingCloudEventMetadata.<String>builder()
                .withId(kind.eventId().apply(result))
                .withType(kind.type())
                .withSource(URI.create(EVENT_SOURCE))
                .withSubject(key)
                .withDataContentType("application/json")
                .withDataSchema(URI.create(kind.schema().id()))
                .withTimestamp(Instant.ofEpochMilli(kind.time().applyAsLong(result)).atZone(ZoneOffset.UTC))
                .build();
    }

    /**
     * What the events of one kind of result are.
     *
     * @param type    the CloudEvents type; a new version of the result's schema gets a new type
     * @param schema  the result's schema: its id is the dataschema, its topic where the events go
     * @param key     the record key and the event's subject: the experiment or study id
     * @param eventId the same for the same result, so a consumer recognises one published twice
     * @param time    when the result was complete, epoch milliseconds
     */
    public record Kind<R>(String type, MessageSchemas.Entry schema, Function<R, String> key,
                          Function<R, String> eventId, ToLongFunction<R> time) {
    }

    /**
     * Where the results come from: the store of their experiments or studies.
     *
     * @param ids       every id that may have a result
     * @param published whether a result for the id has been read back from the topic
     * @param due       the id's result as of a time (epoch milliseconds), if it is complete
     */
    public record Results<R>(Supplier<List<String>> ids, Predicate<String> published,
                             BiFunction<String, Long, Optional<R>> due) {
    }
}
