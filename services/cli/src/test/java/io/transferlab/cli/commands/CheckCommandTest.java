package io.transferlab.cli.commands;

import io.transferlab.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code transferlab check FILE}: the request read and validated as data-prep does, no server involved. */
class CheckCommandTest {

    @TempDir
    Path work;

    @Test
    void aValidExperimentIsOkWithItsPlan() throws IOException {
        CliRun run = check("""
                {"experimentId": "exp1", "dataset": {"name": "fashion-mnist"}, "variants": ["baseB", "AnB"],
                 "depths": [1, 3], "seeds": [1, 2]}""");

        assertThat(run.exit()).isZero();
        // baseA, baseB and AnB at two depths, for two seeds.
        assertThat(run.output().strip()).isEqualTo("ok: experiment exp1, 8 nets planned");
    }

    @Test
    void aValidStudyIsOkWithItsLevels() throws IOException {
        CliRun run = check("""
                {"studyId": "size", "axis": {"targetSize": [60, 600]},
                 "design": {"dataset": {"name": "fashion-mnist"}, "variants": ["baseB", "AnB"], "depths": [1]}}""");

        assertThat(run.exit()).isZero();
        assertThat(run.output().strip()).isEqualTo("ok: study size, 2 levels (60, 600), nets planned per level [3, 3]"
                + " (nets every level shares are trained once)");
    }

    @Test
    void everyProblemOfAnExperimentIsPrintedAtItsPath() throws IOException {
        CliRun run = check("""
                {"experimentId": "Exp", "dataset": {"name": "imagenet"}, "depths": [1, 9],
                 "budget": {"iterations": 5000000}}""");

        assertThat(run.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.output().lines()).containsExactly(
                "experimentId: 'Exp' must match [a-z0-9][a-z0-9-]{0,62} (at most 63 characters)",
                "dataset.name: unknown data set 'imagenet' (known: [cifar10, cifar100, fashion-mnist, image-folder,"
                        + " mnist])",
                "depths[1]: 9 is outside 1..7 (a cut after one of the 8 weight layers)",
                "budget.iterations: 5000000 exceeds the configured bound of 1000000");
    }

    @Test
    void aStudysProblemsAreAtTheStudyRequestsPaths() throws IOException {
        CliRun run = check("""
                {"studyId": "size", "axis": {"targetSize": [60, 0]},
                 "design": {"dataset": {"name": "fashion-mnist"}, "variants": ["baseB", "AnB"], "depths": [8]}}""");

        assertThat(run.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.output().lines()).containsExactly(
                "design.depths[0]: 8 is outside 1..7 (a cut after one of the 8 weight layers)",
                "axis.targetSize[1]: 0 is below the minimum of 1");
    }

    @Test
    void aRequestThatCannotBeReadGetsDataPrepsOneReason() throws IOException {
        CliRun run = check("{\"experimentId\": \"exp1\", \"dataset\": {\"name\": \"mnist\"}, \"depths\": \"all\"}");

        assertThat(run.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.output().lines()).singleElement().asString().startsWith("depths: ");
    }

    @Test
    void bytesThatAreNotUtf8AreNamedAsSuch() throws IOException {
        Path file = work.resolve("latin1.json");
        Files.write(file, "{\"experimentId\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        CliRun run = CliRun.of("check", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.output().strip()).startsWith("request: not UTF-8 (invalid byte 0xe9 at offset 21)");
    }

    @Test
    void theBundledPresetsAreOkWithinTheDefaultBounds() {
        for (String preset : RequestSource.PRESETS.split(", ")) {
            CliRun run = CliRun.of("check", "--preset", preset);
            assertThat(run.exit()).as(preset).isZero();
            assertThat(run.output()).as(preset).startsWith("ok: ");
        }
    }

    private CliRun check(String json) throws IOException {
        Path file = Files.writeString(work.resolve("request.json"), json);
        return CliRun.of("check", file.toString());
    }
}
