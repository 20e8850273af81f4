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
        ServiceProcess old = service(name);
        old.kill();
        services.remove(old);
        ServiceProcess fresh = start(name, name + "-" + (++restarts) + ".log").awaitReady(START);
        services.add(fresh);
        return fresh;
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

    private ServiceProcess start(String name, String log) {
        Path home = Path.of("..").toAbsolutePath().normalize();
        return ServiceProcess.start(name, home.resolve(name).resolve("target/quarkus-app/quarkus-run.jar"),
                servers.env(), Map.of(), logs.resolve(log));
    }
}
