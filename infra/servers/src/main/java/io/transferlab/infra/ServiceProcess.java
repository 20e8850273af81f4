package io.transferlab.infra;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One TransferLab service (a packaged Quarkus application) running as its own process, configured through its
 * environment like in production, and ready once its readiness check answers.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int httpPort;
    private final ChildJvm child;

    private ServiceProcess(String name, int httpPort, ChildJvm child) {
        this.name = name;
        this.httpPort = httpPort;
        this.child = child;
    }

    /**
     * Starts {@code runJar} (a quarkus-run.jar) with the servers' endpoints and {@code extraEnv} in its environment,
     * on a free HTTP port; does not wait for readiness (see {@link #awaitReady}).
     */
    public static ServiceProcess start(String name, Path runJar, ServerEnv servers, Map<String, String> extraEnv,
                                       Path log) {
        return start(name, runJar, servers, extraEnv, log, Ports.ANY);
    }

    /** As {@link #start(String, Path, ServerEnv, Map, Path)}, on {@code preferredPort} where it is free (0: any). */
    public static ServiceProcess start(String name, Path runJar, ServerEnv servers, Map<String, String> extraEnv,
                                       Path log, int preferredPort) {
        return start(name, runJar, servers, extraEnv, log, preferredPort, 0);
    }

    /** As above, under {@code nice -n niceness} where it is above 0 (see {@link ChildJvm#launch}). */
    public static ServiceProcess start(String name, Path runJar, ServerEnv servers, Map<String, String> extraEnv,
                                       Path log, int preferredPort, int niceness) {
        if (!Files.isRegularFile(runJar)) {
            throw new IllegalStateException(name + ": " + runJar + " is missing; build the project first");
        }
        int port = Ports.pick(preferredPort)[0];
        Map<String, String> env = new HashMap<>(servers.asMap());
        env.put("TRANSFERLAB_HTTP_PORT", Integer.toString(port));
        env.putAll(extraEnv);
        ChildJvm child = ChildJvm.launch(name, java.util.List.of("-Xmx3g", "-jar", runJar.toString()), env, log,
                niceness);
        return new ServiceProcess(name, port, child);
    }

    public ServiceProcess awaitReady(Duration timeout) {
        child.awaitReady(timeout, () -> HTTP.send(
                HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        return this;
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://" + Ports.HOST + ":" + httpPort;
    }

    public long pid() {
        return child.pid();
    }

    /** The CPU time the process has used since it started; 0 where the system does not say (Linux does). */
    public Duration cpuTime() {
        return ProcessHandle.of(pid()).flatMap(handle -> handle.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    public boolean isAlive() {
        return child.isAlive();
    }

    /** SIGKILL, as a crashed node would die: for fault-injection tests. */
    public void kill() {
        child.kill();
    }

    public void stop() {
        child.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
