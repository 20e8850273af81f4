package io.transferlab.cli.commands;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the broker and the aggregator are; defaults from the environment, then the local run's defaults. */
public final class Endpoints {

    @Option(names = "--kafka", description = "Kafka bootstrap servers (env KAFKA_BOOTSTRAP_SERVERS).",
            defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}")
    String kafka;

    @Mixin
    AggregatorEndpoint aggregator;
}
