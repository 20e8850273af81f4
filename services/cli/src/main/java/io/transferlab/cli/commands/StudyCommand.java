package io.transferlab.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.cli.output.StudyOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code transferlab study ID [--figure FILE]}: a study's progress, gains, finding and advice. */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = "Print a study's levels, its gains of transfer over training from scratch, its finding and the "
                + "advice per level; optionally write its figure (.svg or .png).")
public final class StudyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "The study id.")
    String id;

    @Option(names = "--figure", paramLabel = "FILE",
            description = "Also write the gains figure there; the extension (.svg or .png) picks the format.")
    Path figure;

    @Mixin
    AggregatorEndpoint aggregator;

    @Override
    public Integer call() throws IOException {
        if (figure != null && new FigureFile(figure).format().isEmpty()) {
            return FigureFile.badExtension(figure);
        }
        Optional<JsonNode> study = aggregator.client().study(id);
        if (study.isEmpty()) {
            return ExitCodes.unknownStudy(id);
        }
        System.out.println(StudyOutput.format(study.get()).stripTrailing());
        if (figure != null) {
            FigureFile file = new FigureFile(figure);
            Optional<byte[]> drawn = aggregator.client().studyBytes(id, "figure." + file.format().get());
            if (drawn.isEmpty()) {
                return ExitCodes.unknownStudy(id);
            }
            file.write(drawn.get());
        }
        return ExitCodes.OK;
    }
}
