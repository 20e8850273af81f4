package io.transferlab.infra;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * A real S3 API server (s3proxy over the filesystem, strict SigV4) in its own JVM on 127.0.0.1. Its port and its
 * objects are kept across {@link #restart()}.
 */
public final class S3Server extends ChildServer {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String endpoint;
    private final String accessKey;
    private final String secretKey;
    private final Path propertiesFile;
    private final Path log;

    private S3Server(String endpoint, String accessKey, String secretKey, Path propertiesFile, Path log) {
        this.endpoint = endpoint;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.propertiesFile = propertiesFile;
        this.log = log;
    }

    /** Starts s3proxy with its objects under workDir (objects already there are kept); returns once it answers. */
    public static S3Server start(Path workDir, String accessKey, String secretKey) {
        return start(workDir, accessKey, secretKey, Ports.ANY);
    }

    /** As {@link #start(Path, String, String)}, on {@code preferredPort} where it is free (0: any free port). */
    public static S3Server start(Path workDir, String accessKey, String secretKey, int preferredPort) {
        String endpoint = "http://" + Ports.HOST + ":" + Ports.pick(preferredPort)[0];
        Path propertiesFile = writeProperties(workDir, endpoint, accessKey, secretKey);
        S3Server server = new S3Server(endpoint, accessKey, secretKey, propertiesFile, workDir.resolve("s3proxy.log"));
        server.launch();
        return server;
    }

    public String endpoint() {
        return endpoint;
    }

    /** Creates the bucket unless it exists. */
    public void createBucket(String name) {
        createBucket(endpoint, accessKey, secretKey, name);
    }

    /** As {@link #createBucket(String)}, on any S3 server (a MinIO container's too). */
    static void createBucket(String endpoint, String accessKey, String secretKey, String name) {
        MinioClient client = MinioClient.builder().endpoint(endpoint).credentials(accessKey, secretKey).build();
        try {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(name).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(name).build());
            }
        } catch (Exception e) {
            // MinIO's client declares a long list of checked exceptions; none is recoverable here.
            throw new IllegalStateException("cannot create bucket " + name + " at " + endpoint, e);
        }
    }

    @Override
    ChildJvm spawn() {
        return ChildJvm.launch("s3proxy", List.of(
                // s3proxy's bundled logback.xml reads these; INFO would log every request.
                "-DLOG_LEVEL=warn", "-DJETTY_LOG_LEVEL=warn",
                // Its logback.xml declares an unused appender; the resulting warning makes logback print its status.
                "-Dlogback.statusListenerClass=ch.qos.logback.core.status.NopStatusListener",
                // C1 alone started it in about 3 s against 4-5 s with C2 on two busy cores.
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                // java -jar: the shaded jar must never share a classpath with anything else.
                "-jar", ServerJars.s3proxyJar().toString(), "--properties", propertiesFile.toString()), log);
    }

    /** Any HTTP status counts: an anonymous request is refused (403) once the server is up. */
    @Override
    boolean ready() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "/")).timeout(Duration.ofSeconds(2)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() > 0;
    }

    private static Path writeProperties(Path workDir, String endpoint, String accessKey, String secretKey) {
        Properties p = new Properties();
        p.setProperty("s3proxy.endpoint", endpoint);
        p.setProperty("s3proxy.authorization", "aws-v4");
        p.setProperty("s3proxy.identity", accessKey);
        p.setProperty("s3proxy.credential", secretKey);
        p.setProperty("jclouds.provider", "filesystem");
        try {
            Path data = Files.createDirectories(workDir.resolve("s3-data"));
            p.setProperty("jclouds.filesystem.basedir", data.toAbsolutePath().toString());
            Path file = workDir.resolve("s3proxy.properties");
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(out, "TransferLab local S3 server");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
