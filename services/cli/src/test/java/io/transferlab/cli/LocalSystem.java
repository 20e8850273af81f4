package io.transferlab.cli;

import io.transferlab.infra.LocalServers;
import io.transferlab.infra.ServiceProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The four services as separate processes on the suite's real broker and S3 server, started once per test JVM. */
final class LocalSystem {

    private static LocalSystem shared;

    final LocalServers servers;
    final List<ServiceProcess> services = new ArrayList<>();

    private LocalSystem(LocalServers servers) {
        this.servers = servers;
    }

    static synchronized LocalSystem shared() throws Exception {
        if (shared == null) {
            LocalSystem system = new LocalSystem(LocalServers.shared());
            Path home = Path.of("..").toAbsolutePath().normalize();
            Path logs = Files.createTempDirectory("transferlab-services-");
            for (String name : List.of("data-prep", "trainer", "evaluator", "aggregator")) {
                system.services.add(ServiceProcess.start(name,
                        home.resolve(name).resolve("target/quarkus-app/quarkus-run.jar"), system.servers.env(),
                        Map.of(), logs.resolve(name + ".log")));
            }
            for (ServiceProcess service : system.services) {
                service.awaitReady(Duration.ofMinutes(3));
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> system.services.forEach(ServiceProcess::stop)));
            shared = system;
        }
        return shared;
    }

    String aggregatorUrl() {
        return services.stream().filter(s -> s.name().equals("aggregator")).findFirst().orElseThrow().url();
    }

    String kafka() {
        return servers.env().kafkaBootstrapServers();
    }
}
