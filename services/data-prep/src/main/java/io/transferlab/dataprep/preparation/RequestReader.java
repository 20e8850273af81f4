package io.transferlab.dataprep.preparation;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.spec.ExperimentSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Reads a request's JSON, or says where and why it cannot be read: a field path and the problem, no stack trace. */
public final class RequestReader {

    /** Long enough for any reason Jackson gives, short enough that echoed user input cannot flood a rejection. */
    private static final int MAX_REASON_CHARS = 400;

    private final int maxBytes;

    public RequestReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The request's spec, from the record's bytes: JSON in UTF-8. Null for the JSON literal null (the validator names
     * that). Bytes that are not a JSON document at all are an {@link UnreadableRequest}.
     */
    public ExperimentSpec read(String recordKey, byte[] value) {
        if (value == null || value.length == 0) {
            throw new UnreadableRequest(recordKey, "request: empty");
        }
        if (value.length > maxBytes) {
            // Not decoded at all: bounding the work an oversized request can cause is the point of the limit.
            throw new UnreadableRequest(recordKey, "request: " + value.length
                    + " bytes exceed the configured maximum of " + maxBytes);
        }
        String json = decode(recordKey, value);
        if (json.isBlank()) {
            throw new UnreadableRequest(recordKey, "request: empty");
        }
        try {
            return Json.read(json, ExperimentSpec.class);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof JsonProcessingException cause) {
                String id = experimentId(json).orElse(recordKey);
                throw innermost(cause) instanceof JsonParseException
                        ? new UnreadableRequest(id, reason(cause)) : new RejectedRequest(id, reason(cause));
            }
            throw e;
        }
    }

    /**
     * Strict UTF-8: a request in another encoding would otherwise be read with replacement characters and fail later
     * for a reason that hides the real one. NUL never occurs in JSON text; it is the mark of UTF-16 or binary data.
     */
    private static String decode(String recordKey, byte[] value) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(value);
        CharBuffer out = CharBuffer.allocate(value.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new UnreadableRequest(recordKey, "request: not UTF-8 (invalid byte 0x"
                    + HexFormat.of().toHexDigits(value[in.position()]) + " at offset " + in.position()
                    + "); a request is JSON text in UTF-8");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        int nul = text.indexOf('\u0000');
        if (nul >= 0) {
            throw new UnreadableRequest(recordKey, "request: NUL character at offset " + nul
                    + " (UTF-16 or binary data?); a request is JSON text in UTF-8");
        }
        return text;
    }

    static String reason(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : " (known: " + unknown.getKnownPropertyIds()
                    .stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new)) + ")";
            return path(unknown) + ": unknown field" + known;
        }
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "request";
        JsonProcessingException cause = innermost(e);
        if (cause instanceof JsonParseException) {
            String at = cause.getLocation() == null ? ""
                    : " at line " + cause.getLocation().getLineNr() + ", column " + cause.getLocation().getColumnNr();
            String in = path.equals("request") ? "" : " (in " + path + ")";
            return "request: malformed JSON" + at + in + ": " + problem(cause.getOriginalMessage());
        }
        return path + ": " + problem(cause.getOriginalMessage());
    }

    /** Jackson wraps a syntax error met while binding a field in a mapping error that only adds the field's path. */
    private static JsonProcessingException innermost(JsonProcessingException e) {
        JsonProcessingException current = e;
        while (current instanceof JsonMappingException && current.getCause() instanceof JsonProcessingException inner) {
            current = inner;
        }
        return current;
    }

    /** The request's top-level experimentId, if it can be found before the JSON goes wrong. */
    static Optional<String> experimentId(String json) {
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("experimentId".equals(field)) {
                    return value == JsonToken.VALUE_STRING ? Optional.of(parser.getText()) : Optional.empty();
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** "budget.epochs", "depths[2]"; "request" for the document itself. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "request" : path.toString();
    }

    /** Jackson's first line, with class names instead of fully qualified ones: what a request author can act on. */
    private static String problem(String message) {
        String line = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable").strip();
        String simple = line.replaceAll("`(?:[a-zA-Z_$][\\w$]*\\.)+([\\w$]+)`", "`$1`")
                .replaceAll("\\s*\\(but might if coercion using `CoercionConfig` was enabled\\)", "");
        return simple.length() <= MAX_REASON_CHARS ? simple : simple.substring(0, MAX_REASON_CHARS) + "...";
    }
}
