package io.transferlab.cli.commands;

/** The CLI's exit statuses (the list in docs/operations.md); every error is reported in one line with one of them. */
public final class ExitCodes {

    static final int OK = 0;
    /** A failure: a server unreachable, no answer in time. */
    public static final int ERROR = 1;
    /** A bad argument, as picocli reports its own. */
    public static final int USAGE = 2;
    /** The request was rejected, or had no readable experiment id. */
    static final int REJECTED = 2;
    /** The aggregator knows no experiment (or study) with that id. */
    static final int UNKNOWN_EXPERIMENT = 3;

    private ExitCodes() {
    }

    static int unknown(String id) {
        System.err.println("unknown experiment '" + id + "' (transferlab list shows the known ones)");
        return UNKNOWN_EXPERIMENT;
    }

    static int unknownStudy(String id) {
        System.err.println("unknown study '" + id + "' (no level of it is accepted yet; transferlab list shows the "
                + "levels' experiments)");
        return UNKNOWN_EXPERIMENT;
    }
}
