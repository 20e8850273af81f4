package io.transferlab.cli.commands;

import io.transferlab.cli.client.AggregatorClient;
import io.transferlab.cli.local.SystemState;
import picocli.CommandLine.Option;

/** Where the aggregator is; see {@link LocalState} for the defaults. */
public final class AggregatorEndpoint {

    @Option(names = "--aggregator", description = "Aggregator base URL. Default: env TRANSFERLAB_AGGREGATOR_URL, else "
            + "the running local system (.run/system.json), else http://127.0.0.1:8084.")
    String url;

    String url() {
        return LocalState.resolve(url, "TRANSFERLAB_AGGREGATOR_URL", SystemState::aggregator,
                "http://127.0.0.1:8084");
    }

    AggregatorClient client() {
        return new AggregatorClient(url());
    }
}
