package io.transferlab.cli;

import io.transferlab.data.ImageSet;
import io.transferlab.data.Partition;
import io.transferlab.data.synthetic.SyntheticImages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The end-to-end tests' data set: 4 classes of synthetic 16x16 images as MNIST's IDX files, quick to train on. */
final class TinyDataSet {

    private TinyDataSet() {
    }

    /** @return a new directory holding the train and test files; requests name it as the "mnist" location */
    static Path write() throws IOException {
        Path dir = Files.createTempDirectory("transferlab-e2e-data-");
        ImageSet images = SyntheticImages.generate(4, 60, 1, 16, 16, 3);
        Partition.Parts parts = Partition.trainValidation(images, 0.25, 3);
        SyntheticImages.writeIdx(parts.train(), dir.resolve("train-images-idx3-ubyte.gz"),
                dir.resolve("train-labels-idx1-ubyte.gz"), true);
        SyntheticImages.writeIdx(parts.validation(), dir.resolve("t10k-images-idx3-ubyte.gz"),
                dir.resolve("t10k-labels-idx1-ubyte.gz"), true);
        return dir;
    }
}
