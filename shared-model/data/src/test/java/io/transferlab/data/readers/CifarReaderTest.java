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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CifarReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsCifar10BatchesWithMetaNames() throws IOException {
        List<ImageSet> batches = new ArrayList<>();
        for (int b = 1; b <= 5; b++) {
            ImageSet batch = SyntheticImages.generate(10, 1, 3, 32, 32, b);
            batches.add(batch);
            SyntheticImages.writeCifar(batch, dir.resolve("data_batch_" + b + ".bin"), false);
        }
        ImageSet test = SyntheticImages.generate(10, 2, 3, 32, 32, 9);
        SyntheticImages.writeCifar(test, dir.resolve("test_batch.bin"), false);
        List<String> names = IntStream.range(0, 10).mapToObj(i -> "n" + i).toList();
        Files.writeString(dir.resolve("batches.meta.txt"), String.join("\n", names) + "\n\n");

        TrainTest data = CifarReader.readDirectory(dir, false);

        assertThat(data.train().count()).isEqualTo(50);
        assertThat(data.train().classNames()).isEqualTo(names);
        assertThat(data.train().select(new int[] {40, 49}).pixels())
                .isEqualTo(batches.get(4).select(new int[] {0, 9}).pixels());
        assertThat(data.test().labels()).isEqualTo(test.labels());
        assertThat(data.test().pixels()).isEqualTo(test.pixels());
    }

    @Test
    void readsCifar100FineLabelsFromNestedArchiveFolder() throws IOException {
        Path nested = Files.createDirectory(dir.resolve("cifar-100-binary"));
        ImageSet train = SyntheticImages.generate(100, 1, 3, 32, 32, 4);
        ImageSet test = SyntheticImages.generate(100, 1, 3, 32, 32, 5).select(new int[] {99, 42});
        SyntheticImages.writeCifar(train, nested.resolve("train.bin"), true);
        SyntheticImages.writeCifar(test, nested.resolve("test.bin"), true);

        TrainTest data = CifarReader.readDirectory(dir, true);

        assertThat(data.train().labels()).isEqualTo(train.labels());
        assertThat(data.train().pixels()).isEqualTo(train.pixels());
        assertThat(data.test().labels()).containsExactly(99, 42);
        assertThat(data.train().classNames()).hasSize(100).startsWith("class-0").endsWith("class-99");
    }

    @Test
    void defaultCifar10NamesWithoutMetaFile() {
        Path file = dir.resolve("test_batch.bin");
        SyntheticImages.writeCifar(SyntheticImages.generate(10, 1, 3, 32, 32, 1), file, false);
        assertThat(CifarReader.read(List.of(file), false, CifarReader.CIFAR10_CLASSES).classNames())
                .startsWith("airplane", "automobile");
    }

    @Test
    void truncatedFileNamesFileAndLength() throws IOException {
        Path file = dir.resolve("data_batch_1.bin");
        SyntheticImages.writeCifar(SyntheticImages.generate(10, 1, 3, 32, 32, 1), file, false);
        byte[] content = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(content, content.length - 10));

        assertThatThrownBy(() -> CifarReader.read(List.of(file), false, CifarReader.CIFAR10_CLASSES))
                .isInstanceOf(DatasetException.class)
                .hasMessage(file + ": length 30720 bytes is not a positive multiple of the 3073-byte record size");
    }

    @Test
    void corruptLabelNamesFileAndRecord() throws IOException {
        Path file = dir.resolve("train.bin");
        SyntheticImages.writeCifar(SyntheticImages.generate(100, 1, 3, 32, 32, 1), file, true);
        byte[] content = Files.readAllBytes(file);
        content[3074 * 2 + 1] = (byte) 200;
        Files.write(file, content);

        List<String> hundred = IntStream.range(0, 100).mapToObj(i -> "k" + i).toList();
        assertThatThrownBy(() -> CifarReader.read(List.of(file), true, hundred))
                .isInstanceOf(DatasetException.class)
                .hasMessage(file + ": label 200 of record 2 is outside 0..99");
    }

    @Test
    void missingBatchIsNamed() {
        assertThatThrownBy(() -> CifarReader.readDirectory(dir, false))
                .isInstanceOf(DatasetException.class)
                .hasMessage(dir.resolve("data_batch_1.bin") + ": file not found");
    }
}
