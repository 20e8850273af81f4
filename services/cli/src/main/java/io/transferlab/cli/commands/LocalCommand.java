package io.transferlab.cli.commands;

import io.transferlab.infra.Directories;
import io.transferlab.infra.LocalServers;
import io.transferlab.infra.ServiceProcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code transferlab local}: the whole system on this machine: a real Kafka broker and S3 server, the four services
 * as separate processes, one request followed to the end; everything started is stopped again, on Ctrl-C too.
 */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = "Start broker, S3 server and the four services locally, run one experiment, stop everything.")
public final class LocalCommand implements Callable<Integer> {

    static final List<String> SERVICES = List.of("data-prep", "trainer", "evaluator", "aggregator");

    @Mixin
    RequestSource source;

    @Option(names = "--home", description = "The TransferLab checkout (holds services/*/target).", defaultValue = ".")
    Path home;

    @Option(names = "--work-dir", description = "Server data and service logs.", defaultValue = ".run")
    Path workDir;

    @Mixin
    FollowOptions following;

    @Option(names = "--trainers", description = "Trainer processes (one consumer group); each gets an equal share of "
            + "the cores as its thread count. Default: one per core, at most 4 (two one-thread trainers train 1.3x "
            + "as many images per second as one two-thread trainer on 2 cores).")
    Integer trainersOption;

    private int trainers;

    @Override
    public Integer call() throws Exception {
        trainers = trainersOption != null ? trainersOption
                : Math.min(4, Math.max(1, Runtime.getRuntime().availableProcessors()));
        System.out.println("starting Kafka and the S3 server ...");
        // Each run starts from empty servers: an experiment id of an earlier run must not collide with this one.
        Directories.deleteRecursively(workDir.resolve("servers"));
        try (LocalServers servers = LocalServers.start(workDir.resolve("servers"))) {
            List<ServiceProcess> services = new ArrayList<>();
            try {
                for (String name : SERVICES) {
                    int copies = name.equals("trainer") ? trainers : 1;
                    for (int i = 1; i <= copies; i++) {
                        String log = name + (i == 1 ? "" : "-" + i) + ".log";
                        services.add(ServiceProcess.start(name, runJar(name), servers.env(), environment(name, i),
                                workDir.resolve("logs").resolve(log)));
                    }
                }
                for (ServiceProcess service : services) {
                    service.awaitReady(Duration.ofMinutes(3));
                    System.out.println(service.name() + " ready at " + service.url() + " (pid " + service.pid() + ")");
                }
                String aggregator = services.stream().filter(s -> s.name().equals("aggregator")).findFirst()
                        .orElseThrow().url();
                System.out.println("service logs: " + workDir.resolve("logs").toAbsolutePath());
                long began = System.nanoTime();
                int status = new SweepSession(servers.env().kafkaBootstrapServers(), aggregator, System.out)
                        .run(source.read(), true, following.results, following.timeout());
                Duration wall = Duration.ofNanos(System.nanoTime() - began);
                System.out.println(SweepEfficiency.report(wall, services.stream()
                        .filter(s -> s.name().equals("trainer")).map(ServiceProcess::url).toList(), services.stream()
                        .filter(s -> s.name().equals("evaluator")).findFirst().orElseThrow().url()));
                return status;
            } finally {
                services.forEach(ServiceProcess::stop);
            }
        }
    }

    /** Several trainers share the cores: each one gets its share as its thread count (no oversubscription). */
    private Map<String, String> environment(String service, int copy) {
        if (!service.equals("trainer") || trainers == 1) {
            return Map.of();
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / trainers);
        return Map.of("OMP_NUM_THREADS", Integer.toString(threads), "TRANSFERLAB_TRAINER_WORKER_ID",
                "trainer-" + copy);
    }

    private Path runJar(String service) {
        return home.resolve("services").resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
