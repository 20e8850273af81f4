package io.transferlab.data.readers;

import io.transferlab.contracts.spec.Dataset;
import io.transferlab.contracts.spec.InputShape;
import io.transferlab.contracts.spec.NetArchitecture;
import io.transferlab.data.DatasetException;
import io.transferlab.data.ImageSet;
import io.transferlab.data.TrainTest;
import io.transferlab.data.synthetic.SyntheticImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DatasetCatalogTest {

    private static final InputShape FASHION_MNIST_INPUT = Dataset.FASHION_MNIST.input(NetArchitecture.COMPACT8);

    @TempDir
    Path dir;

    @Test
    void knowsTheDefaultLocations() {
        assertThat(DatasetCatalog.defaultLocation(Dataset.FASHION_MNIST))
                .contains(Path.of("/usr/share/datasets/fashion-mnist"));
        assertThat(DatasetCatalog.defaultLocation(Dataset.MNIST)).contains(Path.of("/usr/share/datasets/mnist"));
        assertThat(DatasetCatalog.defaultLocation(Dataset.CIFAR10)).isEmpty();
    }

    @Test
    void needsALocationWhereThereIsNoDefault() {
        assertThatThrownBy(() -> DatasetCatalog.load(Dataset.CIFAR10, null, new InputShape(3, 8, 8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cifar10 has no default location; pass one");
    }

    @Test
    void missingFashionMnistSaysHowToInstallIt() {
        Path missing = dir.resolve("nowhere");
        assertThatThrownBy(() -> DatasetCatalog.load(Dataset.FASHION_MNIST, missing, new InputShape(1, 28, 28)))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith(missing.toString())
                .hasMessageContaining("install it with `sudo apt-get install dataset-fashion-mnist`");
    }

    @Test
    void loadsMnistLayoutWithDigitNames() {
        ImageSet train = SyntheticImages.generate(10, 3, 1, 28, 28, 1);
        ImageSet test = SyntheticImages.generate(10, 1, 1, 28, 28, 2);
        SyntheticImages.writeIdx(train, dir.resolve("train-images-idx3-ubyte.gz"), dir.resolve("train-labels-idx1-ubyte.gz"), true);
        SyntheticImages.writeIdx(test, dir.resolve("t10k-images-idx3-ubyte"), dir.resolve("t10k-labels-idx1-ubyte"), false);

        TrainTest loaded = DatasetCatalog.load(Dataset.MNIST, dir, new InputShape(0, 0, 0));

        assertThat(loaded.train().classNames()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(loaded.train().pixels()).isEqualTo(train.pixels());
        assertThat(loaded.test().labels()).isEqualTo(test.labels());
    }

    @Test
    void readsInstalledFashionMnist() {
        Path location = DatasetCatalog.defaultLocation(Dataset.FASHION_MNIST).orElseThrow();
        assumeTrue(Files.isDirectory(location), "dataset-fashion-mnist is not installed");

        TrainTest data = DatasetCatalog.load(Dataset.FASHION_MNIST, null, FASHION_MNIST_INPUT);

        assertThat(data.train().count()).isEqualTo(60000);
        assertThat(data.test().count()).isEqualTo(10000);
        assertThat(data.train().classCounts()).containsOnly(6000);
        assertThat(data.train().classNames()).startsWith("T-shirt/top", "Trouser").endsWith("Ankle boot");
        assertThat(new InputShape(data.train().channels(), data.train().height(), data.train().width()))
                .isEqualTo(FASHION_MNIST_INPUT);
    }
}
