package io.transferlab.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.Result;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

// One server for the class; closing it is the last test.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class S3ServerTest {

    private static final String ACCESS_KEY = "test-access";
    private static final String SECRET_KEY = "test-secret-key";
    private static final String BUCKET = "checkpoints";

    @TempDir
    static Path workDir;
    static S3Server server;
    static MinioClient client;

    @BeforeAll
    static void startServer() {
        server = S3Server.start(workDir, ACCESS_KEY, SECRET_KEY);
        server.createBucket(BUCKET);
        client = MinioClient.builder().endpoint(server.endpoint()).credentials(ACCESS_KEY, SECRET_KEY).build();
    }

    @AfterAll
    static void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anObjectPutIsListedAndReadBack() throws Exception {
        put("jobs/job-1/checkpoint.zip", "weights");

        assertThat(get("jobs/job-1/checkpoint.zip")).isEqualTo("weights");
        assertThat(list("jobs/")).contains("jobs/job-1/checkpoint.zip");
    }

    @Test
    void creatingAnExistingBucketIsFine() throws Exception {
        server.createBucket(BUCKET);

        assertThat(client.bucketExists(BucketExistsArgs.builder().bucket(BUCKET).build())).isTrue();
    }

    @Test
    void aWrongSecretIsRefused() {
        MinioClient intruder = MinioClient.builder().endpoint(server.endpoint())
                .credentials(ACCESS_KEY, "not-the-secret").build();

        assertThatThrownBy(() -> intruder.bucketExists(BucketExistsArgs.builder().bucket(BUCKET).build()))
                .isInstanceOf(ErrorResponseException.class);
    }

    @Test
    void aRestartKeepsTheEndpointAndTheObjects() throws Exception {
        put("survives/restart.txt", "still here");
        String endpoint = server.endpoint();

        server.restart();

        assertThat(server.endpoint()).isEqualTo(endpoint);
        assertThat(get("survives/restart.txt")).isEqualTo("still here");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void closeLeavesNoProcess() {
        List<ProcessHandle> children = ChildProcesses.alive();
        assertThat(children).isNotEmpty();

        server.close();

        assertThat(children).noneMatch(ProcessHandle::isAlive);
        assertThat(ChildProcesses.alive()).isEmpty();
    }

    private static void put(String name, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        client.putObject(PutObjectArgs.builder().bucket(BUCKET).object(name)
                .stream(new ByteArrayInputStream(bytes), (long) bytes.length, null).build());
    }

    private static String get(String name) throws Exception {
        try (InputStream in = client.getObject(GetObjectArgs.builder().bucket(BUCKET).object(name).build())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> list(String prefix) throws Exception {
        List<String> names = new ArrayList<>();
        for (Result<Item> item : client.listObjects(ListObjectsArgs.builder().bucket(BUCKET).prefix(prefix)
                .recursive(true).build())) {
            names.add(item.get().objectName());
        }
        return names;
    }
}
