package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.validation.RequestReading;
import io.transferlab.contracts.validation.SpecValidator;

import java.util.List;

/** Reads a request's record, or says where and why it cannot be read: a field path and the problem, no stack trace. */
public final class RequestReader {

    private final int maxBytes;
    private final RequestReading reading;

    /**
     * @param maxBytes  largest request read at all
     * @param validator tells what a field allows, for values that cannot be read into the field's type
     */
    public RequestReader(int maxBytes, SpecValidator validator) {
        this.maxBytes = maxBytes;
        this.reading = new RequestReading(validator);
    }

    /**
     * The request's spec, from the record's bytes: JSON in UTF-8. Bytes that are not a JSON document at all are
     * rejected as {@link Outcome.Rejected#unreadable() unreadable}; a document with a mistake in it (a wrong type, an
     * unknown field) is rejected under the id it names.
     */
    public ReadRequest read(String recordKey, byte[] value) {
        if (value != null && value.length > maxBytes) {
            // Not decoded at all: bounding the work an oversized request can cause is the point of the limit.
            return ReadRequest.rejected(Outcome.Rejected.unreadable(recordKey, "request: " + value.length
                    + " bytes exceed the configured maximum of " + maxBytes));
        }
        RequestReading.Read read = reading.read(value == null ? new byte[0] : value);
        if (read.problem() != null) {
            return ReadRequest.rejected(new Outcome.Rejected(read.id() == null ? recordKey : read.id(),
                    List.of(read.problem()), read.unreadable()));
        }
        return read.study() != null ? ReadRequest.of(read.study()) : ReadRequest.of(read.spec());
    }
}
