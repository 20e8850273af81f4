package io.transferlab.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM with its output appended to a log file. Every child still running when this JVM exits is stopped by a
 * shutdown hook, so a forgotten close() or a failed start never leaves a server holding its ports.
 */
final class ChildJvm {

    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final int TAIL_LINES = 40;
    private static final Set<ChildJvm> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildJvm::stopAll, "transferlab-child-reaper"));
    }

    private final String name;
    private final Process process;
    private final Path log;

    private ChildJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java ARGS}; the caller waits for readiness with {@link #awaitReady}. */
    static ChildJvm launch(String name, List<String> args, Path log) {
        return launch(name, args, Map.of(), log);
    }

    /** Starts {@code java ARGS} with these variables added to this JVM's environment. */
    static ChildJvm launch(String name, List<String> args, Map<String, String> env, Path log) {
        return launch(name, args, env, log, 0);
    }

    /**
     * As {@link #launch(String, List, Map, Path)}, under {@code nice -n niceness} where it is above 0: every thread of
     * the JVM then yields the CPU to normal processes (renicing a running JVM would lower only its main thread).
     */
    static ChildJvm launch(String name, List<String> args, Map<String, String> env, Path log, int niceness) {
        List<String> command = new ArrayList<>();
        if (niceness > 0) {
            command.addAll(List.of("nice", "-n", Integer.toString(niceness)));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        ChildJvm child = new ChildJvm(name, startCommand(command, env, log), log);
        RUNNING.add(child);
        return child;
    }

    /**
     * Starts a program that is not a JVM (e.g. Debian's prometheus binary) under the same lifecycle: log file, stop on
     * exit, readiness polling.
     */
    static ChildJvm launchProgram(String name, List<String> command, Path log) {
        ChildJvm child = new ChildJvm(name, startCommand(command, Map.of(), log), log);
        RUNNING.add(child);
        return child;
    }

    /** Runs {@code java ARGS} to completion, for one-shot tools; fails with the log's tail on a non-zero exit. */
    static void run(String name, List<String> args, Path log, Duration timeout) {
        ChildJvm child = launch(name, args, log);
        try {
            if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw child.failure("did not finish within " + timeout.toSeconds() + " s");
            }
            if (child.process.exitValue() != 0) {
                throw child.failure("exited with status " + child.process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        } finally {
            child.stop();
        }
    }

    /** Polls the probe until it answers true; fails early if the process dies, and with the log's tail either way. */
    void awaitReady(Duration timeout, Probe probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw failure("exited with status " + process.exitValue() + " before it was ready");
            }
            try {
                if (probe.ready()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(name + " interrupted while starting", e);
            } catch (Exception e) {
                last = e;
            }
            sleep(POLL);
        }
        IllegalStateException e = failure("not ready after " + timeout.toSeconds() + " s");
        if (last != null) {
            e.addSuppressed(last);
        }
        throw e;
    }

    /** SIGTERM, up to 15 s for a clean shutdown, then SIGKILL; returns once the process is gone. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        RUNNING.remove(this);
    }

    /** SIGKILL, as a crashed machine would stop; returns once the process is gone. */
    void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        RUNNING.remove(this);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException(name + " " + what + "; last lines of " + log + ":\n" + logTail());
    }

    private static Process startCommand(List<String> command, Map<String, String> env, Path log) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(env);
            return builder
                    .redirectErrorStream(true)
                    // Appending keeps the history across restarts, which is what one reads after a failed test.
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    private static void stopAll() {
        // Signal all first so that the children shut down in parallel, then wait for each.
        RUNNING.forEach(child -> child.process.destroy());
        RUNNING.forEach(ChildJvm::stop);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A readiness check; an exception counts as "not yet" and is reported if the wait times out. */
    @FunctionalInterface
    interface Probe {
        boolean ready() throws Exception;
    }
}
