package io.transferlab.data;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Labelled uint8 images, stored image-major and channel-major inside each image (CHW), the layout
 * the network module feeds to its convolutions.
 *
 * <p>The arrays are taken over, not copied: data sets run to tens of megabytes, and every
 * operation here builds new arrays rather than mutating. Callers must not modify them either.
 */
public record ImageSet(List<String> classNames, int channels, int height, int width, int[] labels, byte[] pixels) {

    public ImageSet {
        Objects.requireNonNull(classNames, "classNames");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(pixels, "pixels");
        classNames = List.copyOf(classNames);
        if (classNames.isEmpty()) {
            throw new IllegalArgumentException("classNames is empty");
        }
        if (new HashSet<>(classNames).size() != classNames.size()) {
            throw new IllegalArgumentException("classNames has duplicates: " + classNames);
        }
        if (channels <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException("dimensions must be positive, got channels=" + channels
                    + " height=" + height + " width=" + width);
        }
        long expected = (long) labels.length * channels * height * width;
        if (pixels.length != expected) {
            throw new IllegalArgumentException("pixels has " + pixels.length + " bytes, expected " + expected
                    + " for " + labels.length + " images of " + channels + "x" + height + "x" + width);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classNames.size()) {
                throw new IllegalArgumentException("label " + labels[i] + " of image " + i
                        + " is outside 0.." + (classNames.size() - 1));
            }
        }
    }

    public int count() {
        return labels.length;
    }

    /** Bytes per image: channels * height * width. */
    public int imageSize() {
        return channels * height * width;
    }

    public int numClasses() {
        return classNames.size();
    }

    /** A new set holding the images at {@code indices}, in that order; repeats are allowed. */
    public ImageSet select(int[] indices) {
        int size = imageSize();
        int[] newLabels = new int[indices.length];
        byte[] newPixels = new byte[Math.multiplyExact(indices.length, size)];
        for (int i = 0; i < indices.length; i++) {
            int index = indices[i];
            if (index < 0 || index >= count()) {
                throw new IllegalArgumentException("index " + index + " is outside 0.." + (count() - 1));
            }
            newLabels[i] = labels[index];
            System.arraycopy(pixels, index * size, newPixels, i * size, size);
        }
        return new ImageSet(classNames, channels, height, width, newLabels, newPixels);
    }

    /** Number of images per class, indexed by label. */
    public int[] classCounts() {
        int[] counts = new int[numClasses()];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImageSet that
                && channels == that.channels && height == that.height && width == that.width
                && classNames.equals(that.classNames)
                && Arrays.equals(labels, that.labels)
                && Arrays.equals(pixels, that.pixels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classNames, channels, height, width, Arrays.hashCode(labels), Arrays.hashCode(pixels));
    }

    @Override
    public String toString() {
        return "ImageSet[count=" + count() + ", shape=" + channels + "x" + height + "x" + width
                + ", classes=" + numClasses() + "]";
    }
}
