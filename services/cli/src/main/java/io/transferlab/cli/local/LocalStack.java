package io.transferlab.cli.local;

import io.transferlab.infra.Directories;
import io.transferlab.infra.LocalServers;
import io.transferlab.infra.ServiceProcess;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The whole system on this machine: a real Kafka broker and S3 server and the four services as separate processes, on
 * the documented ports where they are free. While it runs, {@link SystemState} tells the CLI's other commands (and
 * any client) where everything is; closing it stops everything and removes that state.
 */
public final class LocalStack implements AutoCloseable {

    /** The services in start order. */
    public static final List<String> SERVICES = List.of("data-prep", "trainer", "evaluator", "aggregator");
    /** Each service's preferred HTTP port (as docs/operations.md lists them); extra trainers take free ones. */
    private static final Map<String, Integer> PORTS = Map.of("data-prep", 8081, "trainer", 8082, "evaluator", 8083,
            "aggregator", 8084);
    /** The ports clients know: docs/operations.md's kcat line and the CLI's defaults. */
    public static final int KAFKA_PORT = 9092;
    public static final int S3_PORT = 9000;
    private static final Duration READY = Duration.ofMinutes(3);
    /**
     * The evaluator's lower CPU priority: on a machine the trainers fill, scoring a checkpoint then waits for the
     * cycles they leave (between jobs, at the start and the end of a sweep) instead of slowing the jobs the sweep
     * waits on.
     */
    private static final int EVALUATOR_NICENESS = 10;

    private final LocalServers servers;
    private final List<ServiceProcess> services;
    private final SystemState state;
    private final Path workDir;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalStack(LocalServers servers, List<ServiceProcess> services, SystemState state, Path workDir) {
        this.servers = servers;
        this.services = services;
        this.state = state;
        this.workDir = workDir;
    }

    /**
     * Starts everything from empty servers under {@code workDir} (an experiment id of an earlier run must not collide
     * with a new one), waits until every service is ready and writes the state; {@code trainers} trainer processes
     * share the cores; {@code serviceEnv} goes to every service (e.g. data-prep's allowed data roots).
     */
    public static LocalStack start(Path home, Path workDir, int trainers, Map<String, String> serviceEnv,
                                   PrintStream out) {
        SystemState.find(workDir).ifPresent(running -> {
            throw new IllegalStateException("a local system is already running from " + workDir.toAbsolutePath()
                    + " (pid " + running.pid() + ", aggregator " + running.aggregator() + "); use it, stop it, or "
                    + "give another --work-dir");
        });
        out.println("starting Kafka and the S3 server ...");
        Directories.deleteRecursively(workDir.resolve("servers"));
        LocalServers servers = LocalServers.start(workDir.resolve("servers"), KAFKA_PORT, S3_PORT);
        List<ServiceProcess> services = new ArrayList<>();
        try {
            for (String name : SERVICES) {
                int copies = name.equals("trainer") ? trainers : 1;
                for (int i = 1; i <= copies; i++) {
                    String log = name + (i == 1 ? "" : "-" + i) + ".log";
                    services.add(ServiceProcess.start(name, runJar(home, name), servers.env(),
                            environment(name, i, trainers, serviceEnv), workDir.resolve("logs").resolve(log),
                            i == 1 ? PORTS.get(name) : 0, name.equals("evaluator") ? EVALUATOR_NICENESS : 0));
                }
            }
            for (ServiceProcess service : services) {
                service.awaitReady(READY);
            }
            SystemState state = SystemState.of(servers.env(), services, workDir);
            state.write(workDir);
            LocalStack stack = new LocalStack(servers, services, state, workDir);
            // Ctrl-C ends the JVM without unwinding the caller's try: stop everything and drop the state then too.
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "transferlab-local-stop"));
            return stack;
        } catch (RuntimeException e) {
            services.forEach(ServiceProcess::stop);
            servers.close();
            throw e;
        }
    }

    public SystemState state() {
        return state;
    }

    /** The running processes of one service (several for the trainer). */
    public List<ServiceProcess> services(String name) {
        return services.stream().filter(s -> s.name().equals(name)).toList();
    }

    public String kafka() {
        return servers.env().kafkaBootstrapServers();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        SystemState.remove(workDir);
        services.forEach(ServiceProcess::stop);
        servers.close();
    }

    /**
     * Several trainers share the cores: each one gets its share as its thread count (no oversubscription). The
     * evaluator gets a trainer's share too: it runs on the cycles the trainers leave (see EVALUATOR_NICENESS), and a
     * thread more would only wake up to wait.
     */
    private static Map<String, String> environment(String service, int copy, int trainers,
                                                   Map<String, String> serviceEnv) {
        Map<String, String> env = new HashMap<>(serviceEnv);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / trainers);
        if (service.equals("evaluator")) {
            env.putIfAbsent("OMP_NUM_THREADS", Integer.toString(threads));
        }
        if (!service.equals("trainer")) {
            return env;
        }
        // Static membership: a trainer restarted under its number takes its partitions back at once.
        env.put("TRANSFERLAB_TRAINER_INSTANCE_ID", "trainer-" + copy);
        if (trainers > 1) {
            env.put("OMP_NUM_THREADS", Integer.toString(threads));
            env.put("TRANSFERLAB_TRAINER_WORKER_ID", "trainer-" + copy);
        }
        return env;
    }

    private static Path runJar(Path home, String service) {
        return home.resolve("services").resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

}
