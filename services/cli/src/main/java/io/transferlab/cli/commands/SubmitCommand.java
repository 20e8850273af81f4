package io.transferlab.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code transferlab submit FILE | --preset NAME [--follow]}: an experiment request or a study request. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Publish an experiment or study request and print data-prep's answer (a study: every level's "
                + "experiment id); with --follow, show progress, then Figure 2 (a study: each level's, then the "
                + "study's report).")
public final class SubmitCommand implements Callable<Integer> {

    @Mixin
    RequestSource source;

    @Mixin
    Endpoints endpoints;

    @Option(names = "--follow", description = "Follow the sweep (a study: each level's) to the end and print the table.")
    boolean follow;

    @Mixin
    FollowOptions following;

    @Override
    public Integer call() throws Exception {
        return new SweepSession(endpoints.kafka(), endpoints.aggregator.url(), System.out)
                .run(source.read(), follow, following.results, following.timeout());
    }
}
