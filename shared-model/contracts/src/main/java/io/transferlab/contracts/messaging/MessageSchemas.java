package io.transferlab.contracts.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.StudyRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The JSON Schema (draft 2020-12) of every message TransferLab publishes, one per topic; dead letters are raw copies
 * of other messages and have none. The schema files are generated from the records by this module's tests
 * (SchemasTest), so they cannot drift from what {@link io.transferlab.contracts.json.Json#MAPPER} writes and reads.
 */
public final class MessageSchemas {

    /** Prefix of every schema's {@code $id}. */
    public static final String BASE_URI = "https://transferlab.io/schemas/";

    public static final Entry REQUEST = new Entry(Topics.REQUESTS, ExperimentSpec.class, "experiment-spec",
            "An experiment request as a user publishes it: everything but experimentId and dataset may be left out."
                    + " Only the shape is checked here; data-prep checks the values and names every problem.");
    public static final Entry STUDY_REQUEST = new Entry(Topics.REQUESTS, StudyRequest.class, "study-request",
            "A study as a user publishes it: one experiment design and one axis (target-set size or split) with its"
                    + " levels; data-prep expands it into one experiment per level.");
    public static final Entry REJECTION = new Entry(Topics.REJECTIONS, RequestRejected.class, "request-rejected",
            "A request that failed validation, with one precise reason per problem.");
    public static final Entry ACCEPTED = new Entry(Topics.EXPERIMENTS, ExperimentAccepted.class,
            "experiment-accepted", "A validated request with its resolved spec, its plan and its data shards.");
    public static final Entry JOB = new Entry(Topics.JOBS, TrainingJob.class, "training-job",
            "One transfer configuration to train, with the resolved spec and the object keys of its data.");
    public static final Entry CHECKPOINT = new Entry(Topics.CHECKPOINTS, CheckpointReady.class, "checkpoint-ready",
            "A job's final checkpoint, written and verified in object storage.");
    public static final Entry EVALUATION = new Entry(Topics.EVALUATIONS, EvaluationCompleted.class,
            "evaluation-completed", "A final checkpoint scored on its target half's held-out test images.");
    public static final Entry ESTIMATES = new Entry(Topics.ESTIMATES, EstimatesCompleted.class,
            "estimates-completed", "One seed's transfer estimates per depth (linear probe, LogME, H-score, CKA) on"
                    + " baseA's and a random net's features, computed from the base nets without training transfer nets.");
    public static final Entry STATUS = new Entry(Topics.STATUS, JobStatus.class, "job-status",
            "What a trainer is doing with a job: started, progress (throttled), finished or failed.");
    public static final Entry RESULT = new Entry(Topics.RESULTS, ExperimentResult.class, "experiment-result",
            "The Figure 2 table of a complete experiment and the paper's four findings as this run measured them.");

    public static final Entry STUDY_RESULT = new Entry(Topics.STUDY_RESULTS, StudyResult.class, "study-result",
            "A complete study: the gain of transfer over training from scratch across its levels, its finding and"
                    + " the advice per level.");

    /**
     * The variant labels, in a schema of their own that every message schema refers to ({@code "$ref":
     * "variant.schema.json"}, resolved against {@link #BASE_URI}): a new variant changes this one file. A validator
     * reads it from the same place as the others (for the class path: {@code BASE_URI} mapped to {@code schemas/}).
     */
    public static final String VARIANTS = "variant.schema.json";

    /** In the order of {@link Topics#ALL}; the requests topic carries two types (a study request has a studyId). */
    public static final List<Entry> ALL = List.of(REQUEST, STUDY_REQUEST, REJECTION, ACCEPTED, JOB, CHECKPOINT,
            EVALUATION, ESTIMATES, STATUS, RESULT, STUDY_RESULT);

    private MessageSchemas() {
    }

    /**
     * The schema of a topic's messages (for the requests topic, the experiment request's); empty for the dead-letter
     * topic and unknown topics.
     */
    public static Optional<Entry> forTopic(String topic) {
        return ALL.stream().filter(entry -> entry.topic().equals(topic)).findFirst();
    }

    /** The schema of one message: on the requests topic, a study request is told from an experiment's by its studyId. */
    public static Optional<Entry> forMessage(String topic, JsonNode message) {
        if (topic.equals(Topics.REQUESTS) && message.isObject() && message.has("studyId")) {
            return Optional.of(STUDY_REQUEST);
        }
        return forTopic(topic);
    }

    /**
     * One message type and its schema.
     *
     * @param topic       the topic that carries it
     * @param type        its record
     * @param name        the schema file's name without ".schema.json"
     * @param description the schema's description: what one message says
     */
    public record Entry(String topic, Class<?> type, String name, String description) {

        /** The schema's {@code $id}; also the CloudEvents {@code dataschema} of events carrying this message. */
        public String id() {
            return BASE_URI + fileName();
        }

        /** Class-path resource of the schema, in this jar. */
        public String resource() {
            return "schemas/" + fileName();
        }

        public String fileName() {
            return name + ".schema.json";
        }

        /** The schema's text. */
        public String load() {
            try (InputStream in = MessageSchemas.class.getClassLoader().getResourceAsStream(resource())) {
                if (in == null) {
                    throw new IllegalStateException("no schema on the class path at " + resource());
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
