package io.transferlab.dataprep.preparation;

/**
 * A record on the requests topic that is not a request at all (empty, oversized, not UTF-8, not JSON): it is answered
 * with a rejection like any other, and its raw bytes also go to the dead-letter topic for whoever operates the system.
 */
public class UnreadableRequest extends RejectedRequest {

    private static final long serialVersionUID = 1L;

    public UnreadableRequest(String experimentId, String reason) {
        super(experimentId, reason);
    }
}
