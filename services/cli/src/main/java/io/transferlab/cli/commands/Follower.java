package io.transferlab.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.cli.client.AggregatorClient;
import io.transferlab.cli.output.ProgressBar;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/** Watches an accepted experiment through the aggregator until it is complete, showing progress. */
final class Follower {

    private static final Duration POLL = Duration.ofSeconds(1);

    private final AggregatorClient client;
    private final PrintStream out;
    private final Duration timeout;

    Follower(AggregatorClient client, PrintStream out, Duration timeout) {
        this.client = client;
        this.out = out;
        this.timeout = timeout;
    }

    /** Follows an accepted experiment until it is complete; returns its final summary. */
    JsonNode follow(String experimentId) throws InterruptedException {
        ProgressBar bar = new ProgressBar(out, System.console() != null);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<JsonNode> summary = client.experiment(experimentId);
            if (summary.isPresent()) {
                JsonNode s = summary.get();
                String state = s.path("state").asText();
                bar.update(s.path("jobsDone").asInt(), s.path("jobsTotal").asInt(), s.path("running").asInt(),
                        s.path("failed").asInt());
                if ("COMPLETE".equals(state)) {
                    bar.finish();
                    return s;
                }
            }
            Thread.sleep(POLL.toMillis());
        }
        bar.finish();
        throw new IllegalStateException(experimentId + " did not finish within " + timeout);
    }
}
