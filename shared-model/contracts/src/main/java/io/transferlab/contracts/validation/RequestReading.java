package io.transferlab.contracts.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.StudyRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A request's bytes read as an experiment or a study request, or the one reason they cannot be, as a field path and
 * the problem in the request's terms: data-prep reads every request so, and the CLI checks a file so before it is
 * published.
 */
public final class RequestReading {

    /**
     * A request as read.
     *
     * @param spec       the experiment request; null for a study, when not read, or for the JSON literal null
     * @param study      the study request, when the document has a top-level studyId
     * @param problem    why it cannot be read; null when read
     * @param unreadable whether it is no request at all (empty, not UTF-8, not JSON), rather than JSON with a mistake
     * @param id         the top-level studyId or experimentId, if one can be found before the document goes wrong
     */
    public record Read(ExperimentSpec spec, StudyRequest study, String problem, boolean unreadable, String id) {

        static Read unreadable(String problem) {
            return new Read(null, null, problem, true, null);
        }
    }

    private static final String EMPTY = "request: empty; a request is JSON text in UTF-8";

    private final JsonProblems problems;

    public RequestReading(SpecValidator validator) {
        // A study's fields are its levels' fields: the design's, and the size axis's budget.trainImagesB.
        this.problems = new JsonProblems(path -> validator.allowed(StudyPaths.inLevel(path)));
    }

    public Read read(byte[] value) {
        if (value.length == 0) {
            return Read.unreadable(EMPTY);
        }
        Text text = decode(value);
        if (text.problem() != null) {
            return Read.unreadable(text.problem());
        }
        String json = text.text();
        if (json.isBlank()) {
            return Read.unreadable(EMPTY);
        }
        String id = Json.topLevelText(json, "studyId").or(() -> Json.topLevelText(json, "experimentId")).orElse(null);
        if (trailing(json)) {
            // A request with something after it: rejected under its id, as a request with a mistake in it.
            return new Read(null, null, "request: more text after the request's closing brace; a request is one JSON"
                    + " object", false, id);
        }
        try {
            return isStudy(json) ? new Read(null, Json.read(json, StudyRequest.class), null, false, id)
                    : new Read(Json.read(json, ExperimentSpec.class), null, null, false, id);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof JsonProcessingException cause) {
                return new Read(null, null, problems.reason(cause), JsonProblems.syntaxError(cause), id);
            }
            throw e;
        }
    }

    /** A request's text, or why its bytes are no JSON text. */
    private record Text(String text, String problem) {
    }

    /**
     * Strict UTF-8: a request in another encoding would otherwise be read with replacement characters and fail later
     * for a reason that hides the real one. NUL never occurs in JSON text; it is the mark of UTF-16 or binary data.
     */
    private static Text decode(byte[] value) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(value);
        CharBuffer out = CharBuffer.allocate(value.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Text(null, "request: not UTF-8 (invalid byte 0x"
                    + HexFormat.of().toHexDigits(value[in.position()]) + " at offset " + in.position()
                    + "); a request is JSON text in UTF-8");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        int nul = text.indexOf('\u0000');
        return nul < 0 ? new Text(text, null) : new Text(null, "request: NUL character at offset " + nul
                + " (UTF-16 or binary data?); a request is JSON text in UTF-8");
    }

    /** Whether a well-formed first value is followed by anything but white space. */
    private static boolean trailing(String json) {
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(json)) {
            parser.nextToken();
            parser.skipChildren();
            try {
                return parser.nextToken() != null;
            } catch (JsonProcessingException e) {
                return true;
            }
        } catch (IOException e) {
            return false; // the first value itself is malformed: the reading names where
        }
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
}
