package io.transferlab.cli.commands;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/** Where a followed sweep's results go and how long to wait for it. */
public final class FollowOptions {

    @Option(names = "--results", description = "Folder the results are written to.", defaultValue = "results")
    Path results;

    @Option(names = "--timeout-minutes", description = "Give up following after this long.", defaultValue = "240")
    long timeoutMinutes;

    Duration timeout() {
        return Duration.ofMinutes(timeoutMinutes);
    }
}
