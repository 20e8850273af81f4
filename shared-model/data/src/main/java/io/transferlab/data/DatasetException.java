package io.transferlab.data;

/**
 * A data set file is missing, malformed or inconsistent. The message always starts with the file
 * (or directory) involved, so an operator can tell which download to repair.
 */
public class DatasetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;

    public DatasetException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    public DatasetException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
    }

    /** The file, directory or stream name the problem was found in. */
    public String source() {
        return source;
    }
}
