package io.transferlab.dataprep.preparation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Object keys under a requested prefix become file paths, so only plain relative ones may. */
class S3DatasetsTest {

    @Test
    void plainRelativeKeysAreAccepted() {
        assertThat(S3Datasets.isPlainRelative("train-images-idx3-ubyte.gz")).isTrue();
        assertThat(S3Datasets.isPlainRelative("cats/0001.png")).isTrue();
        assertThat(S3Datasets.isPlainRelative("..hidden/a.b..c")).isTrue();
    }

    @Test
    void keysThatCouldLeaveTheDirectoryAreRefused() {
        for (String key : new String[] {"", "..", "../etc/passwd", "a/../../b", "a/./b", ".", "/etc/passwd",
                "a//b", "a/", "a\\..\\b", "a/.."}) {
            assertThat(S3Datasets.isPlainRelative(key)).as(key).isFalse();
        }
    }
}
