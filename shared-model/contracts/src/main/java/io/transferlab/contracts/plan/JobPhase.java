package io.transferlab.contracts.plan;

import java.util.Locale;

/**
 * The parts of a trained job's time besides DL4J's fit: the trainer counts each in its metrics
 * ({@code transferlab_trainer_phase_seconds_total}, label {@code phase}) and the CLI reads them to say where a sweep's
 * time went. The training loop reports {@link #BUILD}, {@link #PREFIX_CACHE} and {@link #VALIDATION}; the trainer
 * service the others, which happen around the loop.
 */
public enum JobPhase {
    /** Fetching the data shards and the parent's (or the job's own) checkpoint from object storage, and decoding. */
    FETCH,
    /** Building the net: fresh layers, or a transfer net with its parent's layers copied in. */
    BUILD,
    /** Computing a frozen prefix's activations once, for the training and validation images. */
    PREFIX_CACHE,
    /** Scoring the net on the validation images. */
    VALIDATION,
    /** Serialising checkpoints (DL4J's model format inside the checkpoint zip); storing them is timed apart. */
    ENCODING,
    /** Publishing the finished job's events. */
    ANNOUNCE;

    /** The name in metrics and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
