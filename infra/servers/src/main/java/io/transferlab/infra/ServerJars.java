package io.transferlab.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the servers' code lies, as resolved by Maven when this module was built (servers.properties, filtered by
 * maven-dependency-plugin): the broker's classpath and the s3proxy jar. Neither is on the caller's classpath.
 */
final class ServerJars {

    private static final String RESOURCE = "servers.properties";
    private static final Properties PROPERTIES = load();

    private ServerJars() {
    }

    static String kafkaClasspath() {
        return value("kafka.classpath");
    }

    static Path s3proxyJar() {
        Path jar = Path.of(value("s3proxy.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("s3proxy jar missing at " + jar
                    + "; build infra/servers with Maven (mvn -pl infra/servers -am package)");
        }
        return jar;
    }

    private static String value(String key) {
        String value = PROPERTIES.getProperty(key, "");
        // An unfiltered placeholder means the resource was copied by something other than Maven (an IDE build).
        if (value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException(key + " not set in " + RESOURCE
                    + "; build infra/servers with Maven (mvn -pl infra/servers -am package)");
        }
        return value;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ServerJars.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing next to " + ServerJars.class.getName());
            }
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
