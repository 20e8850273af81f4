package io.transferlab.cli.commands;

import io.transferlab.cli.client.AggregatorClient;
import picocli.CommandLine.Option;

/** Where the aggregator is; default from the environment, then the local run's default. */
public final class AggregatorEndpoint {

    @Option(names = "--aggregator", description = "Aggregator base URL (env TRANSFERLAB_AGGREGATOR_URL).",
            defaultValue = "${env:TRANSFERLAB_AGGREGATOR_URL:-http://127.0.0.1:8084}")
    String url;

    AggregatorClient client() {
        return new AggregatorClient(url);
    }
}
