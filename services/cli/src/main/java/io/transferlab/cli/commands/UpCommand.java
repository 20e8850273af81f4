package io.transferlab.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code transferlab up}: the local system kept running for any number of experiments, from any client, until
 * Ctrl-C; the CLI's other commands find it through its state file.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start broker, S3 server and the four services locally and keep them running until Ctrl-C.")
public final class UpCommand implements Callable<Integer> {

    @Mixin
    StackOptions stack;

    @Override
    public Integer call() throws InterruptedException {
        stack.start(System.out);
        System.out.println("TransferLab is up; submit with ./transferlab cli submit FILE (or any Kafka producer), "
                + "Ctrl-C stops everything");
        // Until SIGINT or SIGTERM: the stack's shutdown hook then stops every process and removes the state file.
        new CountDownLatch(1).await();
        return ExitCodes.OK;
    }
}
