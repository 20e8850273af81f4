package io.transferlab.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/** The repository under test, and the command-line tools that render its deployment files. */
final class Repo {

    static final Path ROOT = Path.of(System.getProperty("transferlab.root", "../..")).toAbsolutePath().normalize();

    /** The four services with the HTTP port each listens on by default (health and metrics live there). */
    static final Map<String, Integer> SERVICES = Map.of("data-prep", 8081, "trainer", 8082, "evaluator", 8083,
            "aggregator", 8084);

    private Repo() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The default of a {@code ${VARIABLE:default}} value in a service's application.properties, e.g. the trainers'
     * group id {@code mp.messaging.incoming.jobs.group.id=${TRANSFERLAB_TRAINER_GROUP:transferlab-trainers}}.
     */
    static String propertyDefault(String service, String key) {
        String file = "services/" + service + "/src/main/resources/application.properties";
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "=\\$\\{[A-Z_]+:([^}]+)}\\s*$").matcher(read(file));
        if (!m.find()) {
            fail("%s has no line %s=${VARIABLE:default}", file, key);
        }
        return m.group(1);
    }

    /** A tool from PATH (or the given environment variable), or a failed test that says which package to install. */
    static Path tool(String name, String variable, String debianPackage) {
        String override = System.getenv(variable);
        if (override != null && !override.isBlank()) {
            if (!Files.isExecutable(Path.of(override))) {
                fail("%s=%s is not an executable file", variable, override);
            }
            return Path.of(override);
        }
        Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isEmpty()) {
            fail("'%s' is not on the PATH: install the Debian package %s (sudo apt-get install -y %s; .ci/run does) "
                    + "or point %s at the binary", name, debianPackage, debianPackage, variable);
        }
        return found.get();
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs a command in the repository root with exactly the given environment (plus PATH and HOME). */
    static Result run(List<String> command, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(ROOT.toFile());
        Map<String, String> environment = builder.environment();
        String path = environment.get("PATH");
        String home = environment.get("HOME");
        environment.clear();
        environment.put("PATH", path == null ? "/usr/bin:/bin" : path);
        environment.put("HOME", home == null ? "/tmp" : home);
        environment.putAll(env);
        try {
            Path out = Files.createTempFile("deployment-test", ".out");
            Path err = Files.createTempFile("deployment-test", ".err");
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("%s did not finish within 120 s", command);
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
