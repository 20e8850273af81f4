package io.transferlab.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.contracts.json.Json;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A request given as a file or as the name of a bundled preset. */
public final class RequestSource {

    /** The bundled presets, files under {@code /presets/} in this module's resources. */
    static final String PRESETS = "default, quick, dissimilar, paper, calibrate, predict, study-size, study-distance";

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Experiment or study request (JSON).")
    Path file;

    @Option(names = "--preset", description = "A bundled request (default: default): " + PRESETS + ".")
    String preset;

    /** The request's text, unparsed: validation is data-prep's job, so a bad request gets a rejection event. */
    public String read() {
        try {
            return file != null ? Files.readString(file) : presetText(preset == null ? "default" : preset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request's bytes, not decoded yet: a check reads them as data-prep does, encoding included. */
    public byte[] bytes() {
        try {
            return file != null ? Files.readAllBytes(file)
                    : presetText(preset == null ? "default" : preset).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundled preset's request, parsed. */
    static JsonNode preset(String name) {
        try {
            return Json.MAPPER.readTree(presetText(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String presetText(String name) throws IOException {
        try (InputStream in = RequestSource.class.getResourceAsStream("/presets/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("unknown preset '" + name + "' (known: " + PRESETS + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
