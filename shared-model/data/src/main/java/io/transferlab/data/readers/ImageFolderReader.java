package io.transferlab.data.readers;

import io.transferlab.data.DatasetException;
import io.transferlab.data.ImageSet;
import io.transferlab.data.TrainTest;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reads ImageNet-style folders: one directory per class, named by the class, holding JPEG or PNG files.
 * Images are stretched to the requested size without keeping the aspect ratio, as the paper's Caffe
 * pipeline did when it resized ImageNet to 256x256.
 */
public final class ImageFolderReader {

    private ImageFolderReader() {
    }

    /** Reads {@code root/train/<class>/...} and {@code root/test/<class>/...}, which must list the same classes. */
    public static TrainTest readDirectory(Path root, int channels, int height, int width) {
        ImageSet train = read(root.resolve("train"), channels, height, width);
        ImageSet test = read(root.resolve("test"), channels, height, width);
        if (!train.classNames().equals(test.classNames())) {
            throw new DatasetException(root.toString(), "train classes " + train.classNames()
                    + " differ from test classes " + test.classNames());
        }
        return new TrainTest(train, test);
    }

    /** Reads {@code root/<class>/<image>}; classes are the sorted directory names, files are read in name order. */
    public static ImageSet read(Path root, int channels, int height, int width) {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, got " + channels);
        }
        if (height <= 0 || width <= 0) {
            throw new IllegalArgumentException("height and width must be positive, got " + height + "x" + width);
        }
        List<Path> classDirs = sortedEntries(root, Files::isDirectory);
        if (classDirs.isEmpty()) {
            throw new DatasetException(root.toString(), "contains no class directories");
        }
        List<String> classNames = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Integer> fileLabels = new ArrayList<>();
        for (Path dir : classDirs) {
            List<Path> images = sortedEntries(dir, ImageFolderReader::isImageFile);
            if (images.isEmpty()) {
                throw new DatasetException(dir.toString(), "class directory contains no JPEG or PNG images");
            }
            for (Path image : images) {
                files.add(image);
                fileLabels.add(classNames.size());
            }
            classNames.add(dir.getFileName().toString());
        }
        int imageSize = channels * height * width;
        byte[] pixels = new byte[Math.multiplyExact(files.size(), imageSize)];
        // Decoding dominates; images are independent and write disjoint slices of the array.
        IntStream.range(0, files.size()).parallel()
                .forEach(i -> decodeInto(files.get(i), channels, height, width, pixels, i * imageSize));
        int[] labels = fileLabels.stream().mapToInt(Integer::intValue).toArray();
        return new ImageSet(classNames, channels, height, width, labels, pixels);
    }

    private static void decodeInto(Path file, int channels, int height, int width, byte[] pixels, int offset) {
        BufferedImage source;
        try {
            source = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new DatasetException(file.toString(), "cannot decode image: " + e.getMessage(), e);
        }
        if (source == null) {
            throw new DatasetException(file.toString(), "cannot decode image: no ImageIO reader recognises it");
        }
        BufferedImage resized = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = resized.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        int[] rgb = resized.getRGB(0, 0, width, height, null, 0, width);
        int plane = height * width;
        for (int p = 0; p < plane; p++) {
            int r = (rgb[p] >> 16) & 0xff;
            int gr = (rgb[p] >> 8) & 0xff;
            int b = rgb[p] & 0xff;
            if (channels == 3) {
                pixels[offset + p] = (byte) r;
                pixels[offset + plane + p] = (byte) gr;
                pixels[offset + 2 * plane + p] = (byte) b;
            } else {
                // ITU-R BT.601 luma, the usual greyscale conversion; grey sources come back unchanged.
                pixels[offset + p] = (byte) ((299 * r + 587 * gr + 114 * b + 500) / 1000);
            }
        }
    }

    private static boolean isImageFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(path) && (name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png"));
    }

    private static List<Path> sortedEntries(Path dir, Predicate<Path> filter) {
        if (!Files.isDirectory(dir)) {
            throw new DatasetException(dir.toString(), "directory not found");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new DatasetException(dir.toString(), "cannot list: " + e.getMessage(), e);
        }
    }
}
