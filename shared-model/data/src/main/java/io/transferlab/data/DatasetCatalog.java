package io.transferlab.data;

import io.transferlab.data.readers.CifarReader;
import io.transferlab.data.readers.IdxReader;
import io.transferlab.data.readers.ImageFolderReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Data sets by name, so experiment definitions can say "fashion-mnist" rather than name a reader. */
public final class DatasetCatalog {

    public static final List<String> FASHION_MNIST_CLASSES = List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    public static final List<String> MNIST_CLASSES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private static final Set<String> NAMES = Collections.unmodifiableSortedSet(
            new TreeSet<>(List.of("fashion-mnist", "mnist", "cifar10", "cifar100", "image-folder")));
    private static final Map<String, Path> DEFAULT_LOCATIONS = Map.of(
            "fashion-mnist", Path.of("/usr/share/datasets/fashion-mnist"),
            "mnist", Path.of("/usr/share/datasets/mnist"));
    private static final String FASHION_MNIST_HINT =
            "install it with `sudo apt-get install dataset-fashion-mnist` (Debian puts it under /usr/share/datasets/fashion-mnist)";

    private DatasetCatalog() {
    }

    /** Known data set names, sorted. */
    public static Set<String> names() {
        return NAMES;
    }

    /** Where the data set is installed by a system package, if there is such a package. */
    public static Optional<Path> defaultLocation(String name) {
        requireKnown(name);
        return Optional.ofNullable(DEFAULT_LOCATIONS.get(name));
    }

    /**
     * Loads a data set's train and test parts. {@code location} may be null to use the default location.
     * The channels, height and width apply only to "image-folder"; the other formats have a fixed shape.
     */
    public static TrainTest load(String name, Path location, int channels, int height, int width) {
        requireKnown(name);
        Path dir = location != null ? location : defaultLocation(name).orElseThrow(() ->
                new IllegalArgumentException(name + " has no default location; pass one"));
        if (!Files.isDirectory(dir)) {
            String hint = name.equals("fashion-mnist") ? "; " + FASHION_MNIST_HINT : "";
            throw new DatasetException(dir.toString(), name + " directory not found" + hint);
        }
        return switch (name) {
            case "fashion-mnist" -> IdxReader.readDirectory(dir, FASHION_MNIST_CLASSES);
            case "mnist" -> IdxReader.readDirectory(dir, MNIST_CLASSES);
            case "cifar10" -> CifarReader.readDirectory(dir, false);
            case "cifar100" -> CifarReader.readDirectory(dir, true);
            default -> ImageFolderReader.readDirectory(dir, channels, height, width);
        };
    }

    private static void requireKnown(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown data set '" + name + "'; known: " + String.join(", ", names()));
        }
    }
}
