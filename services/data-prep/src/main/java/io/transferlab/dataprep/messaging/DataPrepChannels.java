package io.transferlab.dataprep.messaging;

/** The data-prep service's channel names; the tests reuse them. */
public final class DataPrepChannels {

    public static final String REQUESTS = "requests";
    public static final String EXPERIMENTS = "experiments";
    public static final String JOBS = "jobs";
    public static final String REJECTIONS = "rejections";

    private DataPrepChannels() {
    }
}
