package io.transferlab.cli.commands;

import io.transferlab.cli.local.SystemState;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the broker and the aggregator are; see {@link LocalState} for the defaults. */
public final class Endpoints {

    @Option(names = "--kafka", description = "Kafka bootstrap servers. Default: env KAFKA_BOOTSTRAP_SERVERS, else the "
            + "running local system (.run/system.json), else 127.0.0.1:9092.")
    String kafka;

    @Mixin
    AggregatorEndpoint aggregator;

    String kafka() {
        return LocalState.resolve(kafka, "KAFKA_BOOTSTRAP_SERVERS", SystemState::kafka, "127.0.0.1:9092");
    }
}
