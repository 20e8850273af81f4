package io.transferlab.contracts.storage;

import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.validation.SpecValidator;

import java.util.regex.Pattern;

/**
 * The object-storage layout. Keys are built only from validated experiment ids and deterministic job ids, so a
 * request cannot address objects outside its own prefix; an id that is not one (a forged or damaged message) is
 * refused here, whatever checked it before.
 */
public final class ObjectKeys {

    /** A planned job's id: its experiment's id, then dot-separated lower-case parts (see PlannedJob#id). */
    private static final Pattern JOB_ID = Pattern.compile("(\\.[a-z0-9-]{1,32}){3}");

    private static final String EXPERIMENTS = "experiments/";
    private static final String ACCEPTED = "accepted.json";

    private ObjectKeys() {
    }

    public static String experiment(String experimentId) {
        if (experimentId == null || !SpecValidator.EXPERIMENT_ID.matcher(experimentId).matches()) {
            throw new IllegalArgumentException("not an experiment id: '" + experimentId + "'");
        }
        return EXPERIMENTS + experimentId + "/";
    }

    /** A shard every seed shares: a half's test images, or its training and validation images under a fixed draw. */
    public static String shard(String experimentId, Half half, String part) {
        return experiment(experimentId) + "shards/" + half.name().toLowerCase() + "-" + part + ".tlsh";
    }

    /** A half's training or validation images of the draw with data seed {@code dataSeed}. */
    public static String drawShard(String experimentId, Half half, String part, long dataSeed) {
        return experiment(experimentId) + "shards/" + half.name().toLowerCase() + "-" + part + "-d" + dataSeed
                + ".tlsh";
    }

    /** The accepted event of an experiment, as JSON: a repeated request is answered from it, not prepared again. */
    public static String accepted(String experimentId) {
        return experiment(experimentId) + ACCEPTED;
    }

    /** Whether a key is an experiment's accepted event. */
    public static boolean isAccepted(String key) {
        return key.startsWith(EXPERIMENTS) && key.endsWith("/" + ACCEPTED);
    }

    /** The prefix of every object of a study's levels, whose experiment ids are the study's id, a dash and a label. */
    public static String studyLevels(String studyId) {
        return experiment(studyId).replaceFirst("/$", "-");
    }

    /** The final checkpoint of a job; written once training is complete, then never changed. */
    public static String finalCheckpoint(String experimentId, String jobId) {
        return job(experimentId, jobId) + "/final.zip";
    }

    /** The latest mid-training checkpoint of a job, overwritten as training goes on. */
    public static String latestCheckpoint(String experimentId, String jobId) {
        return job(experimentId, jobId) + "/latest.zip";
    }

    /** The evaluation of a job's final checkpoint, kept so a replayed checkpoint event is answered identically. */
    public static String evaluation(String experimentId, String jobId) {
        return experiment(experimentId) + "evaluations/" + checkedJobId(experimentId, jobId) + ".json";
    }

    /** The transfer estimates of one seed, kept so a replayed checkpoint event is answered identically. */
    public static String estimates(String experimentId, long seed) {
        return experiment(experimentId) + "estimates/s" + seed + ".json";
    }

    private static String job(String experimentId, String jobId) {
        return experiment(experimentId) + "checkpoints/" + checkedJobId(experimentId, jobId);
    }

    private static String checkedJobId(String experimentId, String jobId) {
        if (jobId == null || !jobId.startsWith(experimentId)
                || !JOB_ID.matcher(jobId.substring(experimentId.length())).matches()) {
            throw new IllegalArgumentException("not a job id of experiment " + experimentId + ": '" + jobId + "'");
        }
        return jobId;
    }
}
