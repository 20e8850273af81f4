package io.transferlab.data;

import io.transferlab.data.synthetic.SyntheticImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DatasetCatalogTest {

    @TempDir
    Path dir;

    @Test
    void listsNamesAndDefaultLocations() {
        assertThat(DatasetCatalog.names()).containsExactly("cifar10", "cifar100", "fashion-mnist", "image-folder", "mnist");
        assertThat(DatasetCatalog.defaultLocation("fashion-mnist")).contains(Path.of("/usr/share/datasets/fashion-mnist"));
        assertThat(DatasetCatalog.defaultLocation("mnist")).contains(Path.of("/usr/share/datasets/mnist"));
        assertThat(DatasetCatalog.defaultLocation("cifar10")).isEmpty();
    }

    @Test
    void rejectsUnknownNames() {
        assertThatThrownBy(() -> DatasetCatalog.load("imagenet", dir, 3, 8, 8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown data set 'imagenet'; known: cifar10, cifar100, fashion-mnist, image-folder, mnist");
        assertThatThrownBy(() -> DatasetCatalog.load("cifar10", null, 3, 8, 8))
                .hasMessage("cifar10 has no default location; pass one");
    }

    @Test
    void missingFashionMnistSaysHowToInstallIt() {
        Path missing = dir.resolve("nowhere");
        assertThatThrownBy(() -> DatasetCatalog.load("fashion-mnist", missing, 1, 28, 28))
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

        TrainTest loaded = DatasetCatalog.load("mnist", dir, 0, 0, 0);

        assertThat(loaded.train().classNames()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(loaded.train().pixels()).isEqualTo(train.pixels());
        assertThat(loaded.test().labels()).isEqualTo(test.labels());
    }

    @Test
    void readsInstalledFashionMnist() {
        Path location = DatasetCatalog.defaultLocation("fashion-mnist").orElseThrow();
        assumeTrue(Files.isDirectory(location), "dataset-fashion-mnist is not installed");

        TrainTest data = DatasetCatalog.load("fashion-mnist", null, 1, 28, 28);

        assertThat(data.train().count()).isEqualTo(60000);
        assertThat(data.test().count()).isEqualTo(10000);
        assertThat(data.train().classCounts()).containsOnly(6000);
        assertThat(data.train().classNames()).startsWith("T-shirt/top", "Trouser").endsWith("Ankle boot");
        assertThat(data.train().height()).isEqualTo(28);
    }
}
