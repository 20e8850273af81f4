package io.transferlab.trainer.messaging;

/** The trainer's channel names; the tests reuse them. */
public final class TrainerChannels {

    public static final String JOBS = "jobs";
    public static final String JOBS_OUT = "jobs-out";
    public static final String CHECKPOINTS = "checkpoints";
    public static final String STATUS = "status";

    private TrainerChannels() {
    }
}
