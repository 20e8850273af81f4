package io.transferlab.dataprep.messaging;

import java.util.List;

/**
 * Why a record on the requests topic is no request at all: the reason its raw bytes go to the dead letters (the
 * failure strategy writes this message into the dead-letter-reason header). It is never thrown.
 */
class UnreadableRecord extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnreadableRecord(List<String> reasons) {
        super(String.join("; ", reasons), null, false, false);
    }
}
