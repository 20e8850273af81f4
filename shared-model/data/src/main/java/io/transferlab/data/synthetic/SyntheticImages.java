package io.transferlab.data.synthetic;

import io.transferlab.data.ImageSet;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A small learnable data set for tests. Every class has a random low-frequency template per channel
 * (a sum of a few periodic waves, zero-mean and unit-contrast, so no class is brighter than another);
 * an image is its class template, shifted by a few pixels, plus a random brightness offset and noise.
 */
public final class SyntheticImages {

    private static final int WAVES = 3;
    private static final int MAX_FREQUENCY = 2;
    private static final double TEMPLATE_AMPLITUDE = 0.15;
    private static final double NOISE = 0.10;
    private static final double BRIGHTNESS_JITTER = 0.05;

    private SyntheticImages() {
    }

    /**
     * {@code numClasses * perClass} images with labels cycling 0, 1, ..., so any prefix is balanced.
     * The same arguments always give the same images.
     */
    public static ImageSet generate(int numClasses, int perClass, int channels, int height, int width, long seed) {
        if (numClasses <= 0 || perClass < 0 || channels <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException("need positive numClasses and dimensions and non-negative perClass, got numClasses="
                    + numClasses + " perClass=" + perClass + " shape=" + channels + "x" + height + "x" + width);
        }
        int plane = height * width;
        double[][] templates = new double[numClasses][];
        for (int c = 0; c < numClasses; c++) {
            templates[c] = template(channels, height, width, new Random(mix(seed, c)));
        }
        int count = Math.multiplyExact(numClasses, perClass);
        int[] labels = new int[count];
        byte[] pixels = new byte[Math.multiplyExact(count, channels * plane)];
        Random random = new Random(mix(seed, -1));
        int maxShift = Math.min(height, width) / 10;
        for (int i = 0; i < count; i++) {
            int label = i % numClasses;
            labels[i] = label;
            int dy = random.nextInt(2 * maxShift + 1) - maxShift;
            int dx = random.nextInt(2 * maxShift + 1) - maxShift;
            double brightness = 0.5 + BRIGHTNESS_JITTER * random.nextGaussian();
            int offset = i * channels * plane;
            for (int ch = 0; ch < channels; ch++) {
                for (int y = 0; y < height; y++) {
                    int sy = Math.floorMod(y + dy, height);
                    for (int x = 0; x < width; x++) {
                        int sx = Math.floorMod(x + dx, width);
                        double value = brightness + TEMPLATE_AMPLITUDE * templates[label][ch * plane + sy * width + sx]
                                + NOISE * random.nextGaussian();
                        pixels[offset + ch * plane + y * width + x] = (byte) Math.max(0, Math.min(255, Math.round(255 * value)));
                    }
                }
            }
        }
        List<String> names = IntStream.range(0, numClasses).mapToObj(c -> "c" + c).toList();
        return new ImageSet(names, channels, height, width, labels, pixels);
    }

    /** Writes a single-channel set as IDX3 images and IDX1 labels, optionally gzipped. */
    public static void writeIdx(ImageSet set, Path images, Path labels, boolean gzip) {
        FormatWriter.writeIdx(set, images, labels, gzip);
    }

    /** Writes a 3x32x32 set as one CIFAR-10 or CIFAR-100 binary batch file. */
    public static void writeCifar(ImageSet set, Path file, boolean cifar100) {
        FormatWriter.writeCifar(set, file, cifar100);
    }

    /**
     * Per channel, a sum of waves with integer frequencies, so the pattern is periodic over the image
     * (shifts wrap around seamlessly) and its mean is exactly zero; scaled to unit standard deviation.
     */
    private static double[] template(int channels, int height, int width, Random random) {
        int plane = height * width;
        double[] values = new double[channels * plane];
        for (int ch = 0; ch < channels; ch++) {
            for (int w = 0; w < WAVES; w++) {
                int fy = random.nextInt(MAX_FREQUENCY + 1);
                int fx = random.nextInt(2 * MAX_FREQUENCY + 1) - MAX_FREQUENCY;
                if (fy == 0 && fx == 0) {
                    fx = 1;
                }
                double amplitude = 0.5 + 0.5 * random.nextDouble();
                double phase = 2 * Math.PI * random.nextDouble();
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        values[ch * plane + y * width + x] += amplitude
                                * Math.cos(2 * Math.PI * ((double) fy * y / height + (double) fx * x / width) + phase);
                    }
                }
            }
            normalise(values, ch * plane, plane);
        }
        return values;
    }

    private static void normalise(double[] values, int from, int length) {
        double mean = 0;
        for (int i = from; i < from + length; i++) {
            mean += values[i];
        }
        mean /= length;
        double variance = 0;
        for (int i = from; i < from + length; i++) {
            variance += (values[i] - mean) * (values[i] - mean);
        }
        double std = Math.sqrt(variance / length);
        for (int i = from; i < from + length; i++) {
            // A 1-pixel image has no pattern at all; leave it flat rather than divide by zero.
            values[i] = std > 1e-9 ? (values[i] - mean) / std : 0;
        }
    }

    /** SplitMix64 finaliser: decorrelates the per-class generators derived from one seed. */
    private static long mix(long seed, long stream) {
        long z = seed + 0x9E3779B97F4A7C15L * (stream + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
