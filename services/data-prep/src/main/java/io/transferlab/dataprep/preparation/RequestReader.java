package io.transferlab.dataprep.preparation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.StudyRequest;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads a request's JSON, or says where and why it cannot be read: a field path and the problem, no stack trace. */
public final class RequestReader {

    private final int maxBytes;
    private final JsonProblems problems;

    /**
     * @param maxBytes largest request read at all
     * @param allowed  what a field allows, by path (e.g. "a whole number from 1 to 1000"), for values that cannot be
     *                 read into the field's type
     */
    public RequestReader(int maxBytes, Function<String, Optional<String>> allowed) {
        this.maxBytes = maxBytes;
        // A study's fields are its levels' fields: the design's, and the size axis's budget.trainImagesB.
        this.problems = new JsonProblems(path -> allowed.apply(StudyPaths.inLevel(path)));
    }

    /**
     * The request's spec, from the record's bytes: JSON in UTF-8. Bytes that are not a JSON document at all are
     * rejected as {@link Outcome.Rejected#unreadable() unreadable}; a document with a mistake in it (a wrong type, an
     * unknown field) is rejected under the id it names.
     */
    public ReadRequest read(String recordKey, byte[] value) {
        if (value == null || value.length == 0) {
            return unreadable(recordKey, "request: empty");
        }
        if (value.length > maxBytes) {
            // Not decoded at all: bounding the work an oversized request can cause is the point of the limit.
            return unreadable(recordKey, "request: " + value.length + " bytes exceed the configured maximum of "
                    + maxBytes);
        }
        Checked<String> text = decode(value);
        if (!text.ok()) {
            return unreadable(recordKey, text.problems().get(0));
        }
        String json = text.value();
        if (json.isBlank()) {
            return unreadable(recordKey, "request: empty");
        }
        Optional<String> studyId = Json.topLevelText(json, "studyId");
        try {
            return isStudy(json) ? ReadRequest.of(Json.read(json, StudyRequest.class))
                    : ReadRequest.of(Json.read(json, ExperimentSpec.class));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof JsonProcessingException cause) {
                return ReadRequest.rejected(new Outcome.Rejected(studyId.or(() -> experimentId(json)).orElse(recordKey),
                        List.of(problems.reason(cause)), JsonProblems.syntaxError(cause)));
            }
            throw e;
        }
    }

    private static ReadRequest unreadable(String recordKey, String reason) {
        return ReadRequest.rejected(Outcome.Rejected.unreadable(recordKey, reason));
    }

    /**
     * Strict UTF-8: a request in another encoding would otherwise be read with replacement characters and fail later
     * for a reason that hides the real one. NUL never occurs in JSON text; it is the mark of UTF-16 or binary data.
     */
    private static Checked<String> decode(byte[] value) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(value);
        CharBuffer out = CharBuffer.allocate(value.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return Checked.problem("request: not UTF-8 (invalid byte 0x"
                    + HexFormat.of().toHexDigits(value[in.position()]) + " at offset " + in.position()
                    + "); a request is JSON text in UTF-8");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        int nul = text.indexOf('\u0000');
        if (nul >= 0) {
            return Checked.problem("request: NUL character at offset " + nul
                    + " (UTF-16 or binary data?); a request is JSON text in UTF-8");
        }
        return Checked.of(text);
    }

    /**
     * A study is told from an experiment by a top-level studyId of any type, as MessageSchemas.forMessage tells their
     * schemas, so that a studyId of the wrong type is named as that, not as an unknown field of an experiment.
     */
    private static boolean isStudy(String json) {
        try {
            JsonNode tree = Json.MAPPER.readTree(json);
            return tree != null && tree.has("studyId");
        } catch (JsonProcessingException e) {
            return Json.topLevelText(json, "studyId").isPresent(); // the reading that follows names the mistake
        }
    }

    /** The request's top-level experimentId, if it can be found before the JSON goes wrong. */
    static Optional<String> experimentId(String json) {
        return Json.topLevelText(json, "experimentId");
    }
}
