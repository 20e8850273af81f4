package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.spec.Dataset;
import io.transferlab.contracts.spec.DatasetRef;
import io.transferlab.contracts.spec.ResolvedDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Local locations: only under an allowed root, whatever links or look-alike names a request uses; S3 by prefix. */
class DataLocationsTest {

    @TempDir
    Path root;

    @Test
    void directoryUnderARootIsRead() throws Exception {
        Path data = Files.createDirectories(root.resolve("mnist"));

        Checked<DataDirectory> opened = locations().open(new ResolvedDataset(Dataset.MNIST, data + "/./"));
        try (DataDirectory dir = opened.value()) {
            assertThat(opened.problems()).isEmpty();
            assertThat(dir.path()).isEqualTo(data);
            assertThat(dir.temporary()).isFalse();
        }
    }

    @Test
    void linkOutOfARootIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(root.resolve("escape"), Path.of("/etc"));

        assertThat(refusal(link.toString())).isEqualTo("dataset.location: '" + link
                + "' is outside the allowed roots [" + root + "]");
    }

    @Test
    void siblingWithTheRootsNameAsPrefixIsRefused() {
        assertThat(refusal(root + "-other/mnist")).contains("is outside the allowed roots");
    }

    @Test
    void relativePathIsRefused() {
        assertThat(refusal("data/mnist"))
                .isEqualTo("dataset.location: 'data/mnist' must be an absolute path or s3://bucket/prefix");
    }

    @Test
    void s3LocationsOnlyUnderAnAllowedPrefix() {
        assertThat(refusal("s3://transferlab")).isEqualTo(
                "dataset.location: 's3://transferlab' names a whole bucket; give s3://bucket/prefix");
        assertThat(refusal("s3://transferlab/datasets-old/mnist")).isEqualTo("dataset.location: "
                + "'s3://transferlab/datasets-old/mnist' is outside the allowed S3 locations [s3://transferlab/datasets/]");
        assertThat(locations().problem(new DatasetRef("mnist", "s3://transferlab/datasets/mnist"))).isEmpty();
    }

    @Test
    void theDefaultLocationIsOursAndNeedsNoCheck() {
        // The roots are a temporary directory: a request could not name this path, but its data set's default is read.
        assertThat(locations().open(new ResolvedDataset(Dataset.MNIST, "/usr/share/datasets/mnist")).value().path())
                .isEqualTo(Path.of("/usr/share/datasets/mnist"));
        assertThat(locations().problem(new DatasetRef("mnist", null))).isEmpty();
    }

    /** The problem found, and the same one when the directory is opened: no data is read from a refused location. */
    private String refusal(String location) {
        DatasetRef dataset = new DatasetRef("mnist", location);
        String problem = locations().problem(dataset).orElseThrow();
        Checked<DataDirectory> opened = locations().open(new ResolvedDataset(Dataset.MNIST, location));
        assertThat(opened.value()).isNull();
        assertThat(opened.problems()).containsExactly(problem);
        return problem;
    }

    private DataLocations locations() {
        return new DataLocations(Handlers.config(root), null);
    }
}
