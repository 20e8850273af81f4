package io.transferlab.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code transferlab list}: every experiment the aggregator knows, with its progress, then every study (its levels are
 * among the experiments).
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List experiments with their progress, then studies with their levels complete.")
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
        JsonNode studies = aggregator.client().studies();
        if (!studies.isEmpty()) {
            System.out.printf(Locale.ROOT, "%n%-36s %-12s %-9s %9s%n", "STUDY", "AXIS", "STATE", "LEVELS");
        }
        for (JsonNode s : studies) {
            System.out.printf(Locale.ROOT, "%-36s %-12s %-9s %9s%n", s.path("studyId").asText(),
                    s.path("axis").asText(), s.path("state").asText(),
                    s.path("levelsDone").asInt() + "/" + s.path("levelsTotal").asInt());
        }
        return ExitCodes.OK;
    }
}
