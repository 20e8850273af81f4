package io.transferlab.data.readers;

import io.transferlab.contracts.spec.Dataset;
import io.transferlab.contracts.spec.InputShape;
import io.transferlab.data.DatasetException;
import io.transferlab.data.TrainTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads each data set of the contracts' {@link Dataset} catalog with its reader, from where it is installed. */
public final class DatasetCatalog {

    private static final List<String> FASHION_MNIST_CLASSES = List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    private static final List<String> MNIST_CLASSES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private static final String FASHION_MNIST_HINT =
            "install it with `sudo apt-get install dataset-fashion-mnist` (Debian puts it under /usr/share/datasets/fashion-mnist)";

    private DatasetCatalog() {
    }

    /** Where the data set is installed by a system package, if there is such a package. */
    public static Optional<Path> defaultLocation(Dataset dataset) {
        return dataset.defaultLocation().map(Path::of);
    }

    /**
     * Loads a data set's train and test parts. {@code location} may be null to use the default location.
     * {@code input} applies only to image folders (see {@link Dataset#input}); the other formats have a fixed shape.
     */
    public static TrainTest load(Dataset dataset, Path location, InputShape input) {
        Path dir = location != null ? location : defaultLocation(dataset).orElseThrow(() ->
                new IllegalArgumentException(dataset.id() + " has no default location; pass one"));
        if (!Files.isDirectory(dir)) {
            String hint = dataset == Dataset.FASHION_MNIST ? "; " + FASHION_MNIST_HINT : "";
            throw new DatasetException(dir.toString(), dataset.id() + " directory not found" + hint);
        }
        return switch (dataset) {
            case FASHION_MNIST -> IdxReader.readDirectory(dir, FASHION_MNIST_CLASSES);
            case MNIST -> IdxReader.readDirectory(dir, MNIST_CLASSES);
            case CIFAR10 -> CifarReader.readDirectory(dir, false);
            case CIFAR100 -> CifarReader.readDirectory(dir, true);
            case IMAGE_FOLDER -> ImageFolderReader.readDirectory(dir, input.channels(), input.height(), input.width());
        };
    }
}
