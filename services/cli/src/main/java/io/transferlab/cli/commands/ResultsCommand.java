package io.transferlab.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.analysis.Metric;
import io.transferlab.cli.output.ResultsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code transferlab results ID --format table|csv|json}: Figure 2 and the findings, as they stand. */
@Command(name = "results", mixinStandardHelpOptions = true,
        description = "Print an experiment's Figure 2 table and findings (partial while it runs).")
public final class ResultsCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @Parameters(index = "0", paramLabel = "ID", description = "The experiment id.")
    String id;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--metric", defaultValue = "bestValidation",
            description = "For the table: test (last checkpoint) or bestValidation (the paper's metric).")
    Metric metric;

    @Mixin
    AggregatorEndpoint aggregator;

    @Override
    public Integer call() {
        Optional<String> output = switch (format) {
            case csv -> aggregator.client().text(id, "results.csv");
            case json -> aggregator.client().results(id).map(JsonNode::toPrettyString);
            case table -> aggregator.client().results(id).map(results -> ResultsReport.format(results, metric));
        };
        if (output.isEmpty()) {
            return ExitCodes.unknown(id);
        }
        System.out.println(output.get().stripTrailing());
        return ExitCodes.OK;
    }
}
