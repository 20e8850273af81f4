package io.transferlab.dataprep.preparation;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.spec.ExperimentSpec;

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
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads a request's JSON, or says where and why it cannot be read: a field path and the problem, no stack trace. */
public final class RequestReader {

    /** Long enough for any reason Jackson gives, short enough that echoed user input cannot flood a rejection. */
    private static final int MAX_REASON_CHARS = 400;

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    /** The value Jackson quotes: "Cannot coerce String value ("ten")", "Numeric value (1000000000000) out of". */
    private static final Pattern QUOTED_VALUE = Pattern.compile("value \\((.*?)\\)");

    private final int maxBytes;
    private final Function<String, Optional<String>> allowed;

    /**
     * @param maxBytes largest request read at all
     * @param allowed  what a field allows, by path (e.g. "a whole number from 1 to 1000"), for values that cannot be
     *                 read into the field's type
     */
    public RequestReader(int maxBytes, Function<String, Optional<String>> allowed) {
        this.maxBytes = maxBytes;
        this.allowed = allowed;
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
                throw syntaxError(innermost(cause))
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

    String reason(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : " (known: " + unknown.getKnownPropertyIds()
                    .stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new)) + ")";
            return path(unknown) + ": unknown field" + known;
        }
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "request";
        JsonProcessingException cause = innermost(e);
        Matcher duplicate = duplicate(cause);
        if (duplicate.matches()) {
            String field = (path.equals("request") ? "" : path + ".") + duplicate.group(1);
            return field + ": given more than once; each field may appear once (JSON leaves open which value counts)";
        }
        if (cause instanceof InputCoercionException coercion) {
            return wrongType(path, coercion.getTargetType(), quotedValue(coercion.getOriginalMessage()));
        }
        if (cause instanceof InvalidFormatException format) {
            Object value = format.getValue();
            return wrongType(path, format.getTargetType(), value instanceof String text ? '"' + text + '"'
                    : String.valueOf(value));
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && String.valueOf(mismatch.getOriginalMessage()).startsWith("Cannot ")) {
            // "Cannot coerce" quotes the scalar given; "Cannot deserialize ... from Array value" has none to quote.
            String message = mismatch.getOriginalMessage();
            return wrongType(path, mismatch.getTargetType(),
                    message.startsWith("Cannot coerce") ? quotedValue(message) : null);
        }
        if (cause instanceof JsonParseException) {
            String at = cause.getLocation() == null ? ""
                    : " at line " + cause.getLocation().getLineNr() + ", column " + cause.getLocation().getColumnNr();
            String in = path.equals("request") ? "" : " (in " + path + ")";
            return "request: malformed JSON" + at + in + ": " + problem(cause.getOriginalMessage());
        }
        return path + ": " + problem(cause.getOriginalMessage());
    }

    /** Not JSON at all; a field given twice is well-formed JSON with a mistake in it, like a wrong type. */
    private static boolean syntaxError(JsonProcessingException cause) {
        return cause instanceof JsonParseException && !duplicate(cause).matches();
    }

    private static Matcher duplicate(JsonProcessingException cause) {
        return DUPLICATE.matcher(String.valueOf(cause.getOriginalMessage()));
    }

    /** "budget.epochs: 1.0E12 is not a whole number from 1 to 1000", in TransferLab's words, not Jackson's. */
    private String wrongType(String path, Class<?> target, String value) {
        String expected = allowed.apply(path).orElseGet(() -> kind(target));
        return path + ": " + (value != null ? value + " is not " : "expected ") + expected;
    }

    private static String kind(Class<?> target) {
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "a whole number";
        }
        if (target == Double.class || target == double.class) {
            return "a number";
        }
        if (target == String.class) {
            return "text (a JSON string)";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a list (a JSON array)";
        }
        return "an object (a JSON object)";
    }

    private static String quotedValue(String message) {
        Matcher quoted = QUOTED_VALUE.matcher(String.valueOf(message));
        return quoted.find() ? quoted.group(1) : null;
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
        return Json.topLevelText(json, "experimentId");
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
