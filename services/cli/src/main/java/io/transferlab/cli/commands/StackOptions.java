package io.transferlab.cli.commands;

import io.transferlab.cli.local.LocalStack;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** Where the local system's jars and files are and how many trainers it runs: for {@code run} and {@code up}. */
public final class StackOptions {

    @Option(names = "--home", description = "The TransferLab checkout (holds services/*/target).", defaultValue = ".")
    Path home;

    @Option(names = "--work-dir", description = "Server data, service logs and the running system's state file.",
            defaultValue = LocalState.WORK_DIR)
    Path workDir;

    @Option(names = "--trainers", description = "Trainer processes (one consumer group); each gets an equal share of "
            + "the cores as its thread count. Default: one per core, at most 4 (two one-thread trainers train 1.3x "
            + "as many images per second as one two-thread trainer on 2 cores).")
    Integer trainers;

    LocalStack start(PrintStream out) {
        int count = trainers != null ? trainers : Math.min(4, Math.max(1, Runtime.getRuntime().availableProcessors()));
        LocalStack stack = LocalStack.start(home, workDir, count, Map.of(), out);
        stack.state().describe().forEach(out::println);
        out.println("service logs:        " + workDir.resolve("logs").toAbsolutePath());
        return stack;
    }
}
