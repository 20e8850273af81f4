package io.transferlab.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** A figure's output file: its extension picks the format (svg or png). */
record FigureFile(Path path) {

    /** "svg" or "png"; empty for any other extension. */
    Optional<String> format() {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") ? Optional.of("png") : name.endsWith(".svg") ? Optional.of("svg")
                : Optional.empty();
    }

    /** Writes the figure, creating its folder, and says where. */
    void write(byte[] figure) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        Files.write(path, figure);
        System.out.println("wrote " + path.toAbsolutePath() + " (" + figure.length + " bytes)");
    }

    static int badExtension(Path path) {
        System.err.println("the output file must end in .svg or .png: " + path);
        return ExitCodes.USAGE;
    }
}
