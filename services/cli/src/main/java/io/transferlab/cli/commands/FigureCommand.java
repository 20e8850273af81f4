package io.transferlab.cli.commands;

import io.transferlab.analysis.Metric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code transferlab figure ID -o FILE}: Figure 2 as SVG or PNG, chosen by the file's extension. */
@Command(name = "figure", mixinStandardHelpOptions = true,
        description = "Write an experiment's Figure 2 to a file: .svg or .png.")
public final class FigureCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "The experiment id.")
    String id;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write it; the extension (.svg or .png) picks the format.")
    Path output;

    @Option(names = "--metric", defaultValue = "bestValidation",
            description = "test (last checkpoint) or bestValidation (the paper's metric).")
    Metric metric;

    @Mixin
    AggregatorEndpoint aggregator;

    @Override
    public Integer call() throws IOException {
        FigureFile file = new FigureFile(output);
        if (file.format().isEmpty()) {
            return FigureFile.badExtension(output);
        }
        String resource = "figure." + file.format().get() + "?metric=" + metric.key();
        Optional<byte[]> figure = aggregator.client().bytes(id, resource);
        if (figure.isEmpty()) {
            return ExitCodes.unknown(id);
        }
        file.write(figure.get());
        return ExitCodes.OK;
    }
}
