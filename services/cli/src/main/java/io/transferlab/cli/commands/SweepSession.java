package io.transferlab.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.analysis.findings.Findings;
import io.transferlab.cli.client.AggregatorClient;
import io.transferlab.cli.client.RequestPublisher;
import io.transferlab.cli.output.ResultsReport;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Publishes a request and, when asked, follows it to the end, prints Figure 2 and the findings and writes the results
 * (JSON, CSV, the figure as SVG and PNG) to a folder.
 */
final class SweepSession {

    private final String kafka;
    private final AggregatorClient aggregator;
    private final PrintStream out;

    SweepSession(String kafka, String aggregatorUrl, PrintStream out) {
        this.kafka = kafka;
        this.aggregator = new AggregatorClient(aggregatorUrl);
        this.out = out;
    }

    /** @return the process exit status: 0 complete, 2 rejected or unusable request */
    int run(String request, boolean follow, Path resultsRoot, Duration timeout)
            throws InterruptedException, IOException {
        String id = RequestPublisher.publish(kafka, request);
        if (id == null) {
            out.println("published a request without a readable experimentId; data-prep will reject it "
                    + "(see topic transferlab.rejections)");
            return ExitCodes.REJECTED;
        }
        out.println("submitted " + id);
        if (!follow) {
            return ExitCodes.OK;
        }
        out.println("live page: " + aggregator.pageUrl(id));
        JsonNode summary = new Follower(aggregator, out, timeout).follow(id);
        if ("REJECTED".equals(summary.path("state").asText())) {
            out.println("rejected:");
            summary.path("rejectionReasons").forEach(reason -> out.println("  - " + reason.asText()));
            return ExitCodes.REJECTED;
        }
        JsonNode results = aggregator.results(id).orElseThrow();
        out.println(ResultsReport.format(results, Findings.PRIMARY));
        Path folder = resultsRoot.resolve(id);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("results.json"), results.toPrettyString());
        for (String file : new String[]{"results.csv", "findings.csv", "figure.svg", "figure.png"}) {
            aggregator.bytes(id, file).ifPresent(bytes -> write(folder.resolve(file), bytes));
        }
        out.println("results written to " + folder.toAbsolutePath());
        return ExitCodes.OK;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
