package io.transferlab.cli.commands;

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
    static final String PRESETS = "default, quick, dissimilar, paper, calibrate, study-size, study-distance";

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Experiment or study request (JSON).")
    Path file;

    @Option(names = "--preset", description = "A bundled request (default: default): " + PRESETS + ".")
    String preset;

    /** The request's text, unparsed: validation is data-prep's job, so a bad request gets a rejection event. */
    public String read() {
        try {
            if (file != null) {
                return Files.readString(file);
            }
            String name = preset == null ? "default" : preset;
            try (InputStream in = RequestSource.class.getResourceAsStream("/presets/" + name + ".json")) {
                if (in == null) {
                    throw new IllegalArgumentException("unknown preset '" + name + "' (known: " + PRESETS + ")");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
