package io.transferlab.dataprep;

import io.transferlab.data.ImageSet;
import io.transferlab.data.synthetic.SyntheticImages;
import io.transferlab.storage.ObjectStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Tiny data sets in MNIST's file layout (10 classes of 28x28 grey synthetic images), under java.io.tmpdir, which the
 * service allows by default; deleted when the JVM exits.
 */
public final class TestData {

    public static final int CLASSES = 10;
    public static final int TRAIN_PER_CLASS = 12;
    public static final int TEST_PER_CLASS = 4;
    private static final String[] FILES = {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
            "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"};

    private static Path mnist;

    private TestData() {
    }

    /** A readable data set, written once per JVM. */
    public static synchronized Path mnist() {
        if (mnist == null) {
            mnist = directory("mnist");
            write(SyntheticImages.generate(CLASSES, TRAIN_PER_CLASS, 1, 28, 28, 1), mnist, "train");
            write(SyntheticImages.generate(CLASSES, TEST_PER_CLASS, 1, 28, 28, 2), mnist, "t10k");
        }
        return mnist;
    }

    /** A directory that exists but holds no data set. */
    public static Path empty() {
        return directory("empty");
    }

    /** The data set with its training images overwritten by bytes that are not IDX. */
    public static Path corrupt() {
        Path dir = directory("corrupt");
        try {
            for (String file : FILES) {
                Files.copy(mnist().resolve(file), dir.resolve(file));
            }
            Files.write(dir.resolve(FILES[0]), "not an IDX file".getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Puts the data set's files under {@code prefix} (ending in "/") in the store. */
    public static void upload(ObjectStore store, Path dir, String prefix) {
        try {
            for (String file : FILES) {
                store.put(prefix + file, Files.readAllBytes(dir.resolve(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ImageSet set, Path dir, String part) {
        SyntheticImages.writeIdx(set, dir.resolve(part + "-images-idx3-ubyte.gz"),
                dir.resolve(part + "-labels-idx1-ubyte.gz"), true);
    }

    private static Path directory(String name) {
        try {
            Path dir = Files.createTempDirectory("transferlab-" + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Best effort at exit: the temp directory is cleaned by the system anyway.
        }
    }
}
