package io.transferlab.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.transferlab.analysis.Metric;
import io.transferlab.analysis.Figure2Table;
import io.transferlab.analysis.FindingsCsv;
import io.transferlab.analysis.Score;
import io.transferlab.analysis.ScoreChecks;
import io.transferlab.analysis.ScoresCsv;
import io.transferlab.analysis.TextReport;
import io.transferlab.analysis.design.PairingMeasure;
import io.transferlab.analysis.findings.Findings;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.Pairing;
import io.transferlab.contracts.messaging.ResultCell;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code transferlab findings FILE.csv}: Figure 2 and the four findings from a CSV of scores, so runs made anywhere
 * (another framework, the paper's own numbers) are judged by the same statistics as TransferLab's own.
 */
@Command(name = "findings", mixinStandardHelpOptions = true,
        description = "Judge a CSV of scores (variant,n,seed, then a column per metric by its key, as an experiment's "
                + "scores.csv has them; base nets at n = 0, NaN allowed): Figure 2's table and the four findings.")
public final class FindingsCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The scores, one row per net.")
    Path file;

    @Option(names = "--format", defaultValue = "table",
            description = "table, json (as results.json: cells, findings, warnings, pairing) or csv (one row per "
                    + "measure); "
                    + "default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws IOException {
        List<Score> scores;
        try {
            scores = ScoresCsv.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (ScoresCsv.MalformedException e) {
            System.err.println(file + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<ResultCell> cells = Figure2Table.cells(scores);
        List<Finding> findings = Findings.of(scores);
        List<String> warnings = ScoreChecks.warnings(scores);
        Pairing pairing = PairingMeasure.of(scores, Metric.PRIMARY);
        String output = switch (format) {
            case table -> TextReport.table(cells, Metric.PRIMARY) + "\n\n" + TextReport.findings(findings,
                    Metric.PRIMARY) + "\n" + TextReport.design(null, pairing)
                    + (warnings.isEmpty() ? "" : "\n\n" + TextReport.warnings(warnings));
            case json -> json(cells, findings, warnings, pairing);
            case csv -> FindingsCsv.write(findings);
        };
        System.out.println(output.stripTrailing());
        return ExitCodes.OK;
    }

    private static String json(List<ResultCell> cells, List<Finding> findings, List<String> warnings,
                               Pairing pairing) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.set("cells", Json.MAPPER.valueToTree(cells));
        root.set("findings", Json.MAPPER.valueToTree(findings));
        root.set("warnings", Json.MAPPER.valueToTree(warnings));
        root.set("pairing", Json.MAPPER.valueToTree(pairing));
        return root.toPrettyString();
    }
}
