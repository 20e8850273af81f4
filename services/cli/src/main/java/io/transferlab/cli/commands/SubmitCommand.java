package io.transferlab.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code transferlab submit FILE | --preset NAME [--follow]}. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Publish an experiment request; with --follow, show progress, then Figure 2.")
public final class SubmitCommand implements Callable<Integer> {

    @Mixin
    RequestSource source;

    @Mixin
    Endpoints endpoints;

    @Option(names = "--follow", description = "Follow the sweep to the end and print the table.")
    boolean follow;

    @Mixin
    FollowOptions following;

    @Override
    public Integer call() throws Exception {
        return new SweepSession(endpoints.kafka(), endpoints.aggregator.url(), System.out)
                .run(source.read(), follow, following.results, following.timeout());
    }
}
