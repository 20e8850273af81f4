package io.transferlab.contracts.messaging;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Kafka topic names, shared by the services, their tests and downstream consumers. */
public final class Topics {

    /** {@link io.transferlab.contracts.spec.ExperimentSpec} published by users; key: experiment id. */
    public static final String REQUESTS = "transferlab.requests";
    /** {@link RequestRejected}: a request that failed validation, with the reasons; key: experiment id if known. */
    public static final String REJECTIONS = "transferlab.rejections";
    /** {@link ExperimentAccepted}: a validated request, its plan and data shards; key: experiment id. */
    public static final String EXPERIMENTS = "transferlab.experiments";
    /** {@link TrainingJob}: one transfer configuration per message; key: job id. */
    public static final String JOBS = "transferlab.jobs";
    /** {@link CheckpointReady}: a job's final checkpoint is in object storage; key: job id. */
    public static final String CHECKPOINTS = "transferlab.checkpoints";
    /** {@link EvaluationCompleted}: a checkpoint scored on its target half's test images; key: job id. */
    public static final String EVALUATIONS = "transferlab.evaluations";
    /** {@link EstimatesCompleted}: one seed's transfer estimates, once its base nets exist; key: experiment id and seed. */
    public static final String ESTIMATES = "transferlab.estimates";
    /** {@link JobStatus}: started, progress, finished, failed; key: job id. */
    public static final String STATUS = "transferlab.status";
    /** {@link ExperimentResult}: the Figure 2 table of a complete experiment; key: experiment id. */
    public static final String RESULTS = "transferlab.results";
    /** One result per complete study (a CloudEvent), across its levels' experiments. */
    public static final String STUDY_RESULTS = "transferlab.study-results";
    /** Messages no consumer could process, with the error in the headers. */
    public static final String DEAD_LETTERS = "transferlab.dead-letters";

    /** Partitions of the jobs topic: the most trainers that can work at once. */
    public static final int JOB_PARTITIONS = 12;

    public static final List<String> ALL = List.of(REQUESTS, REJECTIONS, EXPERIMENTS, JOBS, CHECKPOINTS, EVALUATIONS,
            ESTIMATES, STATUS, RESULTS, STUDY_RESULTS, DEAD_LETTERS);

    private Topics() {
    }

    public static int partitions(String topic) {
        return JOBS.equals(topic) ? JOB_PARTITIONS : 3;
    }

    /**
     * How long a topic keeps its records. The aggregator rebuilds every experiment from the accepted, evaluations,
     * estimates, results and rejections topics when it starts, so those must outlive Kafka's default 7-day retention.
     */
    public enum Retention {
        /** Kafka's retention (7 days unless the cluster says otherwise): work in flight. */
        DELETE(Map.of("cleanup.policy", "delete")),
        /** The latest record per key, kept for good: topics keyed by experiment or job id. */
        COMPACT(Map.of("cleanup.policy", "compact")),
        /** Every record, for good: rejections, some of which have no key to compact by. */
        KEEP(Map.of("cleanup.policy", "delete", "retention.ms", "-1"));

        private final Map<String, String> configs;

        Retention(Map<String, String> configs) {
            this.configs = configs;
        }

        /**
         * The topic configs that give this retention, each stated even where it is Kafka's default, so that setting
         * them again repairs a topic created with other ones.
         */
        public Map<String, String> configs() {
            return configs;
        }

        /** The name the topic-creating scripts use (delete, compact, keep). */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static Retention retention(String topic) {
        return switch (topic) {
            case EXPERIMENTS, EVALUATIONS, ESTIMATES, RESULTS, STUDY_RESULTS -> Retention.COMPACT;
            case REJECTIONS -> Retention.KEEP;
            default -> Retention.DELETE;
        };
    }
}
