package io.transferlab.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.cli.client.AggregatorClient;
import io.transferlab.cli.client.RequestPublisher;
import io.transferlab.cli.output.ResultsTable;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.ResultCell;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Publishes a request and, when asked, follows it to the end, prints Figure 2 and writes the results to a folder. */
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
            return 2;
        }
        out.println("submitted " + id);
        if (!follow) {
            return 0;
        }
        JsonNode summary = new Follower(aggregator, out, timeout).follow(id);
        if ("REJECTED".equals(summary.path("state").asText())) {
            out.println("rejected:");
            summary.path("rejectionReasons").forEach(reason -> out.println("  - " + reason.asText()));
            return 2;
        }
        JsonNode results = aggregator.results(id).orElseThrow();
        List<ResultCell> cells = Arrays.asList(Json.MAPPER.treeToValue(results.get("cells"), ResultCell[].class));
        out.println(ResultsTable.format(cells));
        Path folder = resultsRoot.resolve(id);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("results.json"), results.toPrettyString());
        aggregator.text("/experiments/" + id + "/results.csv")
                .ifPresent(csv -> write(folder.resolve("results.csv"), csv));
        aggregator.text("/experiments/" + id + "/figure.svg")
                .ifPresent(svg -> write(folder.resolve("figure.svg"), svg));
        out.println("results written to " + folder.toAbsolutePath());
        return 0;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
