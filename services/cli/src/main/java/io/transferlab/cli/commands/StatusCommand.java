package io.transferlab.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code transferlab status ID}: where one experiment stands, job by job where it matters. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show one experiment's progress: jobs done / total, running and failed jobs, rejection reasons.")
public final class StatusCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "The experiment id.")
    String id;

    @Mixin
    AggregatorEndpoint aggregator;

    @Override
    public Integer call() {
        Optional<JsonNode> found = aggregator.client().experiment(id);
        if (found.isEmpty()) {
            return ExitCodes.unknown(id);
        }
        JsonNode e = found.get();
        System.out.printf(Locale.ROOT, "%s: %s, %d/%d jobs done, %d running, %d failed%s%n", id,
                e.path("state").asText(), e.path("jobsDone").asInt(), e.path("jobsTotal").asInt(),
                e.path("running").asInt(), e.path("failed").asInt(),
                e.path("resultPublished").asBoolean() ? ", result published" : "");
        for (JsonNode job : e.path("jobs")) {
            String state = job.path("state").asText();
            if ("RUNNING".equals(state)) {
                System.out.printf(Locale.ROOT, "  running  %-16s iteration %d/%d on %s%n", job.path("label").asText(),
                        job.path("iteration").asLong(), job.path("totalIterations").asLong(),
                        job.path("worker").asText());
            } else if ("FAILED".equals(state)) {
                System.out.printf(Locale.ROOT, "  failed   %-16s %s%n", job.path("label").asText(),
                        job.path("message").asText());
            }
        }
        // Under an accepted experiment, rejections belong to later requests that reused its id.
        String label = "REJECTED".equals(e.path("state").asText()) ? "  rejected: "
                : "  a later request with this id was rejected: ";
        e.path("rejectionReasons").forEach(reason -> System.out.println(label + reason.asText()));
        return ExitCodes.OK;
    }
}
