package io.transferlab.storage;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.transferlab.contracts.json.Digests;
import io.transferlab.infra.S3Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store against a real S3 server (s3proxy), including the server going away and coming back. */
class ObjectStoreTest {

    private static final String ACCESS = "store-test";
    private static final String SECRET = "store-test-secret";
    private static final String BUCKET = "store-test";
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(200));

    @TempDir
    static Path work;
    private static S3Server s3;
    private static StorageSettings settings;

    @BeforeAll
    static void startServer() {
        s3 = S3Server.start(work, ACCESS, SECRET);
        s3.createBucket(BUCKET);
        settings = new StorageSettings(s3.endpoint(), ACCESS, SECRET, BUCKET);
    }

    @AfterAll
    static void stopServer() {
        s3.close();
    }

    @Test
    void whatIsPutIsReadBackAndAMissingObjectIsEmpty() {
        ObjectStore store = new ObjectStore(settings, QUICK);
        byte[] bytes = "checkpoint".getBytes(StandardCharsets.UTF_8);

        String digest = store.put("a/b.zip", bytes);

        assertThat(digest).isEqualTo(Digests.sha256(bytes));
        assertThat(store.get("a/b.zip")).hasValue(bytes);
        assertThat(store.exists("a/b.zip")).isTrue();
        assertThat(store.get("a/missing.zip")).isEmpty();
        assertThat(store.list("a/")).containsExactly("a/b.zip");
        assertThat(store.listed("a/")).containsExactly(new ObjectStore.Listed("a/b.zip", bytes.length));
        store.remove("a/missing.zip"); // removing what is not there is no error: a trainer's cleanup relies on it
        store.remove("a/b.zip");
        assertThat(store.list("a/")).isEmpty();
    }

    /** An upload cut short leaves content that does not match the digest recorded for the whole: never read. */
    @Test
    void aPartlyWrittenObjectIsNeverReadAsComplete() throws Exception {
        byte[] whole = new byte[4096];
        Arrays.fill(whole, (byte) 7);
        byte[] part = Arrays.copyOf(whole, 1000);
        MinioClient raw = MinioClient.builder().endpoint(s3.endpoint()).credentials(ACCESS, SECRET).build();
        raw.putObject(PutObjectArgs.builder().bucket(BUCKET).object("partial/final.zip")
                .stream(new ByteArrayInputStream(part), (long) part.length, null)
                .userMetadata(Map.of(ObjectStore.DIGEST, Digests.sha256(whole))).build());
        // A retry would wait 5 s first: reading the same bytes again cannot make them whole.
        ObjectStore store = new ObjectStore(settings, new RetryPolicy(2, Duration.ofSeconds(5), Duration.ofSeconds(5)));

        long began = System.nanoTime();
        assertThatThrownBy(() -> store.get("partial/final.zip")).isInstanceOf(CorruptObjectException.class)
                .hasMessageContaining("partial/final.zip: content does not match its recorded digest");
        assertThat(Duration.ofNanos(System.nanoTime() - began)).as("not retried").isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void wrongCredentialsFailAtOnceWithWhatToCheck() {
        StorageSettings wrong = new StorageSettings(settings.endpoint(), settings.accessKey(), "not-the-secret",
                settings.bucket());
        ObjectStore store = new ObjectStore(wrong, new RetryPolicy(4, Duration.ofSeconds(5), Duration.ofSeconds(5)));

        long began = System.nanoTime();
        assertThatThrownBy(() -> store.put("denied/x", new byte[10])).isInstanceOf(StorageException.class)
                .hasMessageStartingWith("put denied/x: the store answered ")
                .hasMessageContaining("check TRANSFERLAB_S3_").hasMessageEndingWith("; not retried");
        assertThat(Duration.ofNanos(System.nanoTime() - began)).as("not retried").isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aServerThatIsGoneIsGivenUpOnAfterTheBoundedRetries() {
        ObjectStore store = new ObjectStore(settings, QUICK);
        s3.stop();
        try {
            long began = System.nanoTime();
            assertThatThrownBy(() -> store.put("gone/x", new byte[10])).isInstanceOf(StorageException.class)
                    .hasMessageStartingWith("put gone/x: failed after 3 attempts: ");
            assertThat(Duration.ofNanos(System.nanoTime() - began))
                    .as("waited between half and all of the 100 + 200 ms back-offs")
                    .isBetween(QUICK.worstCaseWait().dividedBy(2), Duration.ofSeconds(10));
        } finally {
            s3.restart();
        }
        assertThat(store.get("gone/x")).isEmpty();
    }

    @Test
    void anUploadWhileTheServerRestartsLandsOnceItIsBack() {
        ObjectStore store = new ObjectStore(settings, RetryPolicy.DEFAULT);
        byte[] bytes = new byte[100_000];
        Arrays.fill(bytes, (byte) 3);
        s3.stop();
        CompletableFuture<String> upload = CompletableFuture.supplyAsync(() -> store.put("restart/latest.zip", bytes));
        try {
            Thread.sleep(1_500);
            assertThat(upload).as("still retrying while the server is down").isNotDone();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            s3.restart();
        }

        assertThat(upload.join()).isEqualTo(Digests.sha256(bytes));
        assertThat(store.get("restart/latest.zip")).hasValue(bytes);
    }
}
