package io.transferlab.cli;

import io.transferlab.infra.LocalServers;
import io.transferlab.infra.ServiceProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The four services as separate processes on the suite's real broker and S3 server, started once per test JVM. */
final class LocalSystem {

    private static final Duration START = Duration.ofMinutes(3);
    private static LocalSystem shared;

    final LocalServers servers;
    final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private final Path logs;
    private int restarts;

    private LocalSystem(LocalServers servers, Path logs) {
        this.servers = servers;
        this.logs = logs;
    }

    static synchronized LocalSystem shared() throws Exception {
        if (shared == null) {
            LocalSystem system = new LocalSystem(LocalServers.shared(),
                    Files.createTempDirectory("transferlab-services-"));
            for (String name : List.of("data-prep", "trainer", "evaluator", "aggregator")) {
                system.services.add(system.start(name, name + ".log"));
            }
            for (ServiceProcess service : system.services) {
                service.awaitReady(START);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> system.services.forEach(ServiceProcess::stop)));
            shared = system;
        }
        return shared;
    }

    /** Kills a service as a crash would (SIGKILL) and starts a fresh process of it, on a new port. */
    synchronized ServiceProcess restart(String name) {
        kill(name);
        return revive(name);
    }

    /** Kills a service as a crash would (SIGKILL) and leaves it down, until {@link #revive(String)}. */
    synchronized void kill(String name) {
        ServiceProcess old = service(name);
        old.kill();
        services.remove(old);
    }

    /** Starts a fresh process of a service that was killed; returns once it is ready. */
    synchronized ServiceProcess revive(String name) {
        ServiceProcess fresh = start(name, name + "-" + (++restarts) + ".log").awaitReady(START);
        services.add(fresh);
        return fresh;
    }

    /**
     * Starts one more process of a service, not tracked here (the caller stops it), with extra environment, e.g. other
     * retry settings or a missing credential; does not wait for it.
     */
    ServiceProcess launch(String name, Map<String, String> extraEnv, String log) {
        return ServiceProcess.start(name, jar(name), servers.env(), extraEnv, logs.resolve(log));
    }

    /** Where every service process started by this system writes its log. */
    Path logs() {
        return logs;
    }

    String aggregatorUrl() {
        return service("aggregator").url();
    }

    /** A running service's base URL, e.g. url("trainer"); it changes when the service is restarted. */
    String url(String name) {
        return service(name).url();
    }

    String kafka() {
        return servers.env().kafkaBootstrapServers();
    }

    private ServiceProcess service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Data-prep also reads data sets from java.io.tmpdir, where the tests write theirs; the trainer has a stable
     * instance id (static membership), so a revived trainer takes its partitions back at once, as in a local run.
     */
    private ServiceProcess start(String name, String log) {
        return launch(name, switch (name) {
            case "data-prep" -> Map.of("TRANSFERLAB_DATA_PREP_ALLOWED_ROOTS",
                    "/usr/share/datasets," + System.getProperty("java.io.tmpdir"));
            case "trainer" -> Map.of("TRANSFERLAB_TRAINER_INSTANCE_ID", "trainer-1");
            default -> Map.of();
        }, log);
    }

    private static Path jar(String name) {
        return Path.of("..").toAbsolutePath().normalize().resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
