package io.transferlab.cli.commands;

import io.transferlab.cli.CliRun;
import io.transferlab.cli.local.SystemState;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.infra.LocalServers;
import io.transferlab.infra.ServerEnv;
import io.transferlab.storage.ObjectStore;
import io.transferlab.storage.StorageSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code transferlab purge} against the real S3 server, found as a user's CLI finds it: through a running local
 * system's state and credentials files (this JVM stands in for the system's process).
 */
class PurgeCommandTest {

    @TempDir
    Path work;
    private ObjectStore store;
    private String experiment;
    private String neighbour;

    @BeforeEach
    void storeTwoExperiments() throws Exception {
        ServerEnv env = LocalServers.shared().env();
        Path credentials = work.resolve(SystemState.CREDENTIALS_FILE);
        env.writeTo(credentials);
        Json.MAPPER.writeValue(work.resolve(SystemState.FILE).toFile(), new SystemState(ProcessHandle.current().pid(),
                env.kafkaBootstrapServers(), env.s3Endpoint(), env.bucket(), credentials.toString(),
                "http://127.0.0.1:1", List.of()));
        System.setProperty(LocalState.WORK_DIR_PROPERTY, work.toString());
        store = new ObjectStore(new StorageSettings(env.s3Endpoint(), env.accessKey(), env.secretKey(), env.bucket()));
        store.ensureBucket();
        String id = "purge-" + UUID.randomUUID().toString().substring(0, 8);
        experiment = id;
        // An id that extends the other: its objects share the key prefix up to the slash and must stay.
        neighbour = id + "-b";
        for (String exp : List.of(experiment, neighbour)) {
            store.put(ObjectKeys.accepted(exp), new byte[10]);
            store.put(ObjectKeys.shard(exp, Half.B, "test"), new byte[1000]);
            store.put(ObjectKeys.finalCheckpoint(exp, exp + ".baseb.n0.s1"), new byte[300]);
            store.put(ObjectKeys.evaluation(exp, exp + ".baseb.n0.s1"), new byte[20]);
        }
    }

    @AfterEach
    void forgetTheSystem() {
        System.clearProperty(LocalState.WORK_DIR_PROPERTY);
    }

    @Test
    void aDryRunListsTheExperimentsObjectsWithTheirSizesAndRemovesNothing() {
        CliRun run = CliRun.of("purge", experiment, "--dry-run");

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).containsPattern("\\s+1,000  experiments/" + experiment + "/shards/b-test.tlsh")
                .containsPattern("\\s+300  experiments/" + experiment + "/checkpoints/" + experiment
                        + ".baseb.n0.s1/final.zip")
                .contains("would remove 4 objects, 1,330 bytes under s3://")
                .doesNotContain(neighbour);
        assertThat(store.list(ObjectKeys.experiment(experiment))).hasSize(4);
    }

    @Test
    void aPurgeRemovesEveryObjectOfTheExperimentAndNoOtherAndSaysWhatItKept() {
        CliRun run = CliRun.of("purge", experiment);

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("removed 4 objects, 1,330 bytes under s3://")
                .contains("events in Kafka, its results included, are kept");
        assertThat(store.list(ObjectKeys.experiment(experiment))).isEmpty();
        assertThat(store.list(ObjectKeys.experiment(neighbour))).hasSize(4);

        CliRun again = CliRun.of("purge", experiment);
        assertThat(again.exit()).isZero();
        assertThat(again.output()).contains("nothing stored under s3://");
    }

    @Test
    void anIdThatIsNoExperimentIdIsRefusedBeforeAnythingIsTouched() {
        CliRun run = CliRun.of("purge", "../" + experiment);

        assertThat(run.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.output()).contains("not an experiment id");
        assertThat(store.list(ObjectKeys.experiment(experiment))).hasSize(4);
    }
}
