package io.transferlab.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code transferlab list}: every experiment the aggregator knows, with its progress. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List experiments with their progress.")
public final class ListCommand implements Callable<Integer> {

    @Mixin
    AggregatorEndpoint aggregator;

    @Override
    public Integer call() {
        JsonNode experiments = aggregator.client().experiments();
        System.out.printf(Locale.ROOT, "%-36s %-9s %9s %7s %6s  %s%n", "EXPERIMENT", "STATE", "DONE", "RUNNING",
                "FAILED", "ACCEPTED");
        for (JsonNode e : experiments) {
            System.out.printf(Locale.ROOT, "%-36s %-9s %9s %7d %6d  %s%n", Ids.display(e.path("experimentId").asText()),
                    e.path("state").asText(), e.path("jobsDone").asInt() + "/" + e.path("jobsTotal").asInt(),
                    e.path("running").asInt(), e.path("failed").asInt(),
                    e.path("acceptedAt").isNumber() ? Instant.ofEpochMilli(e.path("acceptedAt").asLong()) : "-");
        }
        if (experiments.isEmpty()) {
            System.out.println("(none yet: transferlab submit publishes a request)");
        }
        return ExitCodes.OK;
    }
}
