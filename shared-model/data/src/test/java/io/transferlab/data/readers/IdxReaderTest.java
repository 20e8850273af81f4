package io.transferlab.data.readers;

import io.transferlab.data.DatasetException;
import io.transferlab.data.ImageSet;
import io.transferlab.data.TrainTest;
import io.transferlab.data.synthetic.SyntheticImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdxReaderTest {

    private static final ImageSet SET = SyntheticImages.generate(4, 5, 1, 6, 5, 11);
    private static final List<String> NAMES = SET.classNames();

    @TempDir
    Path dir;

    @Test
    void readsPlainAndGzippedFilesAlike() {
        SyntheticImages.writeIdx(SET, dir.resolve("img"), dir.resolve("lbl"), false);
        // Gzip is detected from the content, so a misleading name must not matter.
        SyntheticImages.writeIdx(SET, dir.resolve("img.raw"), dir.resolve("lbl.raw"), true);

        assertThat(IdxReader.read(dir.resolve("img"), dir.resolve("lbl"), NAMES)).isEqualTo(SET);
        assertThat(IdxReader.read(dir.resolve("img.raw"), dir.resolve("lbl.raw"), NAMES)).isEqualTo(SET);
    }

    @Test
    void readsStandardDirectoryLayout() {
        ImageSet test = SyntheticImages.generate(4, 2, 1, 6, 5, 12);
        SyntheticImages.writeIdx(SET, dir.resolve("train-images-idx3-ubyte.gz"), dir.resolve("train-labels-idx1-ubyte.gz"), true);
        SyntheticImages.writeIdx(test, dir.resolve("t10k-images-idx3-ubyte.gz"), dir.resolve("t10k-labels-idx1-ubyte.gz"), true);

        TrainTest data = IdxReader.readDirectory(dir, NAMES);

        assertThat(data.train()).isEqualTo(SET);
        assertThat(data.test()).isEqualTo(test);
    }

    @Test
    void missingFileNamesThePathLookedFor() {
        SyntheticImages.writeIdx(SET, dir.resolve("train-images-idx3-ubyte"), dir.resolve("train-labels-idx1-ubyte"), false);

        assertThatThrownBy(() -> IdxReader.readDirectory(dir, NAMES))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(dir.resolve("t10k-images-idx3-ubyte").toString())
                .hasMessageContaining("not found");
    }

    @Test
    void badMagicIsReportedWithTheFile() throws IOException {
        Path images = dir.resolve("img");
        Path labels = dir.resolve("lbl");
        SyntheticImages.writeIdx(SET, images, labels, false);
        // Swapping the files gives each the other's magic number.
        assertThatThrownBy(() -> IdxReader.read(labels, images, NAMES))
                .isInstanceOf(DatasetException.class)
                .hasMessage(images + ": bad magic number 0x00000803, expected 0x00000801 (IDX1 unsigned-byte labels)");
    }

    @Test
    void truncatedPlainAndGzippedFilesAreReported() throws IOException {
        Path images = dir.resolve("img");
        Path labels = dir.resolve("lbl");
        SyntheticImages.writeIdx(SET, images, labels, false);
        cutShort(images, 100);
        assertThatThrownBy(() -> IdxReader.read(images, labels, NAMES))
                .isInstanceOf(DatasetException.class)
                .hasMessage(images + ": truncated: expected 600 pixel bytes, got 500");

        Path gzImages = dir.resolve("img.gz");
        Path gzLabels = dir.resolve("lbl.gz");
        SyntheticImages.writeIdx(SyntheticImages.generate(4, 50, 1, 16, 16, 3), gzImages, gzLabels, true);
        cutShort(gzImages, 200);
        assertThatThrownBy(() -> IdxReader.read(gzImages, gzLabels, NAMES))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith(gzImages + ": truncated");
    }

    @Test
    void inconsistentCountsAndLabelsAreReported() {
        Path images = dir.resolve("img");
        Path labels = dir.resolve("lbl");
        SyntheticImages.writeIdx(SET, images, labels, false);
        SyntheticImages.writeIdx(SET.select(new int[] {0, 1}), dir.resolve("img2"), dir.resolve("lbl2"), false);

        assertThatThrownBy(() -> IdxReader.read(images, dir.resolve("lbl2"), NAMES))
                .hasMessage(images + ": holds 20 images but " + dir.resolve("lbl2") + " holds 2 labels");
        assertThatThrownBy(() -> IdxReader.read(images, labels, NAMES.subList(0, 3)))
                .isInstanceOf(DatasetException.class)
                .hasMessage(labels + ": label 3 at index 3 is outside the 3 known classes 0..2");
    }

    private static void cutShort(Path file, int bytes) throws IOException {
        byte[] content = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(content, content.length - bytes));
    }
}
