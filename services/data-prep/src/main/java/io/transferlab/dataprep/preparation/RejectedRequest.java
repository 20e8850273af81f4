package io.transferlab.dataprep.preparation;

import java.util.List;

/**
 * A request that cannot run, for a reason its author can fix. Thrown wherever the reason is found and answered with
 * one rejection event, so the checks read as straight-line code.
 */
public class RejectedRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String experimentId;
    private final List<String> reasons;

    public RejectedRequest(String experimentId, List<String> reasons) {
        super(String.join("; ", reasons), null, false, false);
        this.experimentId = experimentId;
        this.reasons = List.copyOf(reasons);
    }

    public RejectedRequest(String experimentId, String reason) {
        this(experimentId, List.of(reason));
    }

    /** The id the request gave, else its record key; null if neither is known. */
    public String experimentId() {
        return experimentId;
    }

    public List<String> reasons() {
        return reasons;
    }
}
