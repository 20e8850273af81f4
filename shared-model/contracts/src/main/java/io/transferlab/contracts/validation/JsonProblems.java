package io.transferlab.contracts.validation;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Jackson's complaint about a request, as a field path and the problem in TransferLab's words, no stack trace. */
final class JsonProblems {

    /** Long enough for any reason Jackson gives, short enough that echoed user input cannot flood a rejection. */
    private static final int MAX_REASON_CHARS = 400;

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    /** The value Jackson quotes: "Cannot coerce String value ("ten")", "Numeric value (1000000000000) out of". */
    private static final Pattern QUOTED_VALUE = Pattern.compile("value \\((?!token)(.*?)\\)");
    /** A JSON number the standard does not have: NaN, Infinity, -Infinity and the like. */
    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '(.*?)'.*", Pattern.DOTALL);

    private final Function<String, Optional<String>> allowed;

    /**
     * @param allowed what a field allows, by path (e.g. "a whole number from 1 to 1000"), for values that cannot be
     *                read into the field's type
     */
    JsonProblems(Function<String, Optional<String>> allowed) {
        this.allowed = allowed;
    }

    /** "budget.epochs: \"ten\" is not a whole number from 1 to 1000", "request: malformed JSON at line 1, ...". */
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
        if (cause instanceof ValueInstantiationException made && made.getCause() != null) {
            // A name the enum does not know: its own message says what was given and what is known.
            return path + ": " + made.getCause().getMessage();
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && String.valueOf(mismatch.getOriginalMessage()).startsWith("Cannot ")) {
            return wrongType(path, mismatch.getTargetType(), found(mismatch.getOriginalMessage()));
        }
        Matcher nonNumeric = NON_NUMERIC.matcher(String.valueOf(cause.getOriginalMessage()));
        if (nonNumeric.matches()) {
            // Met while parsing, not binding: the parser knows the field it was in.
            path = cause.getProcessor() instanceof JsonParser parser ? path(parser.getParsingContext()) : path;
            return path + ": " + nonNumeric.group(1) + " is not " + allowed.apply(path).orElse("a finite number")
                    + " (JSON has no " + nonNumeric.group(1) + ")";
        }
        if (cause instanceof JsonParseException) {
            String at = cause.getLocation() == null ? ""
                    : " at line " + cause.getLocation().getLineNr() + ", column " + cause.getLocation().getColumnNr();
            String in = path.equals("request") ? "" : " (in " + path + ")";
            return "request: malformed JSON" + at + in + ": " + problem(cause.getOriginalMessage())
                    + "; a request is one JSON object";
        }
        return path + ": " + problem(cause.getOriginalMessage());
    }

    /** Not JSON at all; a field given twice is well-formed JSON with a mistake in it, like a wrong type. */
    static boolean syntaxError(JsonProcessingException e) {
        JsonProcessingException cause = innermost(e);
        return cause instanceof JsonParseException && !duplicate(cause).matches();
    }

    private static Matcher duplicate(JsonProcessingException cause) {
        return DUPLICATE.matcher(String.valueOf(cause.getOriginalMessage()));
    }

    /** "budget.epochs: 1.0E12 is not a whole number from 1 to 1000", in TransferLab's words, not Jackson's. */
    private String wrongType(String path, Class<?> target, String found) {
        return path + ": " + found + " is not " + allowed.apply(path).orElseGet(() -> kind(target));
    }

    /** What a request gave where another type was expected: the scalar Jackson quotes, or the shape it names. */
    private static String found(String message) {
        String quoted = quotedValue(message);
        if (quoted != null) {
            return quoted;
        }
        if (message.contains("Array value") || message.contains("START_ARRAY")) {
            return "a list";
        }
        if (message.contains("Object value") || message.contains("START_OBJECT")) {
            return "an object";
        }
        return message.contains("String value") ? "text" : "a value of another type";
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

    /** "budget.learningRate", "depths[2]": where a parser is; "request" at the top. */
    private static String path(JsonStreamContext context) {
        String path = "";
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            String step = at.inArray() ? "[" + at.getCurrentIndex() + "]" : String.valueOf(at.getCurrentName());
            path = step + (path.isEmpty() || path.startsWith("[") ? "" : ".") + path;
        }
        return path.isEmpty() ? "request" : path;
    }

    /** Jackson's first line, with class names instead of fully qualified ones: what a request author can act on. */
    private static String problem(String message) {
        String line = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable").strip();
        String simple = line.replaceAll("\\s*\\((?:start marker at )?\\[Source:.*", "")
                .replaceAll("^Unexpected end-of-input.*", "the text ends before the JSON is complete")
                .replaceAll("^Unrecognized token '(.*?)'.*", "'$1' is not a JSON value")
                .replaceAll(" \\(code \\d+\\)", "")
                .replaceAll("`(?:[a-zA-Z_$][\\w$]*\\.)+([\\w$]+)`", "$1").replace("`", "")
                .replaceAll("\\s*\\(but might if coercion using CoercionConfig was enabled\\)", "");
        return simple.length() <= MAX_REASON_CHARS ? simple : simple.substring(0, MAX_REASON_CHARS) + "...";
    }
}
