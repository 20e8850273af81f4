package io.transferlab.data.readers;

import io.transferlab.data.DatasetException;
import io.transferlab.data.ImageSet;
import io.transferlab.data.TrainTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reads the CIFAR-10 and CIFAR-100 binary versions. Records are a label byte (CIFAR-100: coarse then
 * fine label byte) followed by a 32x32 RGB image stored channel-major, which is already our CHW layout.
 */
public final class CifarReader {

    public static final int SIDE = 32;
    public static final int IMAGE_BYTES = 3 * SIDE * SIDE;
    public static final List<String> CIFAR10_CLASSES = List.of(
            "airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck");

    private CifarReader() {
    }

    /**
     * Reads {@code data_batch_1..5.bin} and {@code test_batch.bin} (CIFAR-10) or {@code train.bin} and
     * {@code test.bin} (CIFAR-100) from {@code dir}, or from the folder the official archive unpacks to
     * inside it. Class names come from the archive's name list when present.
     */
    public static TrainTest readDirectory(Path dir, boolean cifar100) {
        Path base = unpackedFolder(dir, cifar100);
        List<String> names = classNames(base, cifar100);
        if (cifar100) {
            return new TrainTest(read(List.of(base.resolve("train.bin")), true, names),
                    read(List.of(base.resolve("test.bin")), true, names));
        }
        List<Path> trainFiles = IntStream.rangeClosed(1, 5).mapToObj(i -> base.resolve("data_batch_" + i + ".bin")).toList();
        return new TrainTest(read(trainFiles, false, names), read(List.of(base.resolve("test_batch.bin")), false, names));
    }

    /** Reads and concatenates the given batch files; CIFAR-100 images get their fine label. */
    public static ImageSet read(List<Path> files, boolean cifar100, List<String> classNames) {
        int labelBytes = cifar100 ? 2 : 1;
        int recordSize = labelBytes + IMAGE_BYTES;
        List<byte[]> contents = new ArrayList<>();
        int total = 0;
        for (Path file : files) {
            byte[] bytes = readAll(file);
            if (bytes.length == 0 || bytes.length % recordSize != 0) {
                throw new DatasetException(file.toString(), "length " + bytes.length
                        + " bytes is not a positive multiple of the " + recordSize + "-byte record size");
            }
            contents.add(bytes);
            total = Math.addExact(total, bytes.length / recordSize);
        }
        int[] labels = new int[total];
        byte[] pixels = new byte[Math.multiplyExact(total, IMAGE_BYTES)];
        int image = 0;
        for (int f = 0; f < files.size(); f++) {
            byte[] bytes = contents.get(f);
            for (int offset = 0; offset < bytes.length; offset += recordSize, image++) {
                int label = bytes[offset + labelBytes - 1] & 0xff;
                if (label >= classNames.size()) {
                    throw new DatasetException(files.get(f).toString(), "label " + label + " of record "
                            + offset / recordSize + " is outside 0.." + (classNames.size() - 1));
                }
                labels[image] = label;
                System.arraycopy(bytes, offset + labelBytes, pixels, image * IMAGE_BYTES, IMAGE_BYTES);
            }
        }
        return new ImageSet(classNames, 3, SIDE, SIDE, labels, pixels);
    }

    private static Path unpackedFolder(Path dir, boolean cifar100) {
        Path nested = dir.resolve(cifar100 ? "cifar-100-binary" : "cifar-10-batches-bin");
        Path marker = cifar100 ? Path.of("train.bin") : Path.of("data_batch_1.bin");
        return !Files.exists(dir.resolve(marker)) && Files.isDirectory(nested) ? nested : dir;
    }

    private static List<String> classNames(Path dir, boolean cifar100) {
        int expected = cifar100 ? 100 : 10;
        Path file = dir.resolve(cifar100 ? "fine_label_names.txt" : "batches.meta.txt");
        if (!Files.isRegularFile(file)) {
            return cifar100 ? IntStream.range(0, 100).mapToObj(i -> "class-" + i).toList() : CIFAR10_CLASSES;
        }
        List<String> names = readAllLines(file).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (names.size() != expected) {
            throw new DatasetException(file.toString(), "lists " + names.size() + " class names, expected " + expected);
        }
        return names;
    }

    private static byte[] readAll(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(file.toString(), "file not found");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DatasetException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    private static List<String> readAllLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new DatasetException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }
}
