package io.transferlab.cli.local;

import io.transferlab.contracts.json.Json;
import io.transferlab.infra.ServerEnv;
import io.transferlab.infra.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a running local system ({@code transferlab up} or {@code run}) is, in {@value #FILE} under its work
 * directory: what a client needs, except the credentials, which stay in their own owner-only file. The CLI's other
 * commands read it to find the system without flags; a state whose process has ended is ignored.
 *
 * @param pid         the process that runs the system and removes this file when it stops
 * @param kafka       the broker's bootstrap address
 * @param s3Endpoint  the S3 server's URL
 * @param bucket      the bucket holding data shards and checkpoints
 * @param credentials the env file with the S3 keys (owner-only; never printed)
 * @param aggregator  the aggregator's base URL: REST API and the live pages
 * @param services    every service process, with its metrics URL
 */
public record SystemState(long pid, String kafka, String s3Endpoint, String bucket, String credentials,
                          String aggregator, List<Service> services) {

    public static final String FILE = "system.json";
    public static final String CREDENTIALS_FILE = "credentials.env";

    /** One service process: its name (e.g. trainer-2), base URL and Prometheus metrics URL. */
    public record Service(String name, String url, String metrics, long pid) {
    }

    static SystemState of(ServerEnv env, List<ServiceProcess> processes, Path workDir) {
        Path credentials = workDir.resolve(CREDENTIALS_FILE).toAbsolutePath();
        env.writeTo(credentials);
        String aggregator = processes.stream().filter(p -> p.name().equals("aggregator")).findFirst().orElseThrow()
                .url();
        List<Service> services = new ArrayList<>();
        Map<String, Integer> copies = new HashMap<>();
        for (ServiceProcess p : processes) {
            int copy = copies.merge(p.name(), 1, Integer::sum);
            services.add(new Service(copy == 1 ? p.name() : p.name() + "-" + copy, p.url(), p.url() + "/q/metrics",
                    p.pid()));
        }
        return new SystemState(ProcessHandle.current().pid(), env.kafkaBootstrapServers(), env.s3Endpoint(),
                env.bucket(), credentials.toString(), aggregator, services);
    }

    /** The state of a system still running from {@code workDir}, if there is one. */
    public static Optional<SystemState> find(Path workDir) {
        Path file = workDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            SystemState state = Json.MAPPER.readValue(file.toFile(), SystemState.class);
            return ProcessHandle.of(state.pid()).filter(ProcessHandle::isAlive).map(process -> state);
        } catch (IOException e) {
            // Half-written files cannot occur (written aside and moved); an unreadable one is not a running system.
            return Optional.empty();
        }
    }

    void write(Path workDir) {
        try {
            Files.createDirectories(workDir);
            Path partial = Files.createTempFile(workDir, ".system", ".json");
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), this);
            Files.move(partial, workDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + workDir.resolve(FILE), e);
        }
    }

    static void remove(Path workDir) {
        try {
            Files.deleteIfExists(workDir.resolve(FILE));
            Files.deleteIfExists(workDir.resolve(CREDENTIALS_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a user needs to reach the system, one line each; the secret key is never part of it. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(line("Kafka bootstrap:", kafka + "   (publish requests to transferlab.requests)"));
        lines.add(line("S3 endpoint:", s3Endpoint + "   bucket " + bucket));
        lines.add(line("S3 credentials:", credentials + "   (owner-only; set -a; . FILE; set +a)"));
        lines.add(line("aggregator:", aggregator + "   page " + aggregator + "/"));
        services.forEach(service -> lines.add(line("metrics " + service.name() + ":", service.metrics())));
        return lines;
    }

    private static String line(String label, String value) {
        return String.format(Locale.ROOT, "%-21s%s", label, value);
    }
}
