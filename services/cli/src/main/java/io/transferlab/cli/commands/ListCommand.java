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

    /** The longest id an accepted experiment can have; longer ones (rejected requests) are cut. */
    private static final int ID_COLUMN = 63;

    @Mixin
    AggregatorEndpoint aggregator;

    @Override
    public Integer call() {
        JsonNode experiments = aggregator.client().experiments();
        System.out.printf(Locale.ROOT, "%-36s %-9s %9s %7s %6s  %s%n", "EXPERIMENT", "STATE", "DONE", "RUNNING",
                "FAILED", "ACCEPTED");
        for (JsonNode e : experiments) {
            System.out.printf(Locale.ROOT, "%-36s %-9s %9s %7d %6d  %s%n", shortened(e.path("experimentId").asText()),
                    e.path("state").asText(), e.path("jobsDone").asInt() + "/" + e.path("jobsTotal").asInt(),
                    e.path("running").asInt(), e.path("failed").asInt(),
                    e.path("acceptedAt").isNumber() ? Instant.ofEpochMilli(e.path("acceptedAt").asLong()) : "-");
        }
        if (experiments.isEmpty()) {
            System.out.println("(none yet: transferlab submit publishes a request)");
        }
        return ExitCodes.OK;
    }

    /** A rejected request's id can be any text: cut so that one bad request cannot flood the list. */
    static String shortened(String id) {
        return id.length() <= ID_COLUMN ? id : id.substring(0, ID_COLUMN - 3) + "...";
    }
}
