package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.spec.DatasetRef;
import io.transferlab.dataprep.config.DataPrepConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Local locations: only under an allowed root, whatever links or look-alike names a request uses. */
class DataLocationsTest {

    @TempDir
    Path root;

    @Test
    void directoryUnderARootIsRead() throws Exception {
        Path data = Files.createDirectories(root.resolve("mnist"));

        try (DataDirectory dir = locations().open("e1", new DatasetRef("mnist", data + "/./"))) {
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
    void defaultLocationNeedsNoCheck() {
        assertThat(locations().open("e1", new DatasetRef("mnist", null)).path()).isNull();
    }

    private String refusal(String location) {
        RejectedRequest rejected = catchThrowableOfType(RejectedRequest.class,
                () -> locations().open("e1", new DatasetRef("mnist", location)));
        assertThat(rejected).as(location).isNotNull();
        assertThat(rejected.experimentId()).isEqualTo("e1");
        return rejected.reasons().get(0);
    }

    private DataLocations locations() {
        return new DataLocations(new DataPrepConfig() {
            @Override
            public int maxRequestBytes() {
                return 65536;
            }

            @Override
            public List<String> allowedRoots() {
                return List.of(root.toString());
            }

            @Override
            public List<String> allowedS3Prefixes() {
                return List.of("s3://transferlab/datasets");
            }
        }, null);
    }
}
