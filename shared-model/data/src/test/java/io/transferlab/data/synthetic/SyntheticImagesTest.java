package io.transferlab.data.synthetic;

import io.transferlab.data.ImageSet;
import io.transferlab.data.Partition;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticImagesTest {

    @Test
    void isDeterministicPerSeed() {
        ImageSet set = SyntheticImages.generate(5, 6, 3, 12, 10, 77);
        assertThat(SyntheticImages.generate(5, 6, 3, 12, 10, 77)).isEqualTo(set);
        assertThat(SyntheticImages.generate(5, 6, 3, 12, 10, 78)).isNotEqualTo(set);
        assertThat(set.classNames()).containsExactly("c0", "c1", "c2", "c3", "c4");
        assertThat(set.classCounts()).containsOnly(6);
        assertThat(set.labels()).startsWith(0, 1, 2, 3, 4, 0);
    }

    /** Held-out images are recognised by their class template, but not by their overall brightness. */
    @Test
    void isLearnableButNotByBrightness() {
        int classes = 10;
        ImageSet set = SyntheticImages.generate(classes, 60, 1, 16, 16, 5);
        Partition.Parts parts = Partition.trainValidation(set, 0.5, 1);
        double[][] centroids = centroids(parts.train());
        double[] classBrightness = new double[classes];
        for (int c = 0; c < classes; c++) {
            classBrightness[c] = mean(centroids[c]);
        }

        ImageSet test = parts.validation();
        int byTemplate = 0;
        int byBrightness = 0;
        for (int i = 0; i < test.count(); i++) {
            double[] image = image(test, i);
            byTemplate += nearest(centroids, image) == test.labels()[i] ? 1 : 0;
            byBrightness += nearest(classBrightness, mean(image)) == test.labels()[i] ? 1 : 0;
        }
        assertThat((double) byTemplate / test.count()).isGreaterThan(0.9);
        assertThat((double) byBrightness / test.count()).isLessThan(2.0 / classes);
    }

    @Test
    void rejectsFormatsThatCannotHoldTheSet() {
        ImageSet colour = SyntheticImages.generate(2, 1, 3, 4, 4, 1);
        assertThatThrownBy(() -> SyntheticImages.writeIdx(colour, null, null, false))
                .hasMessage("IDX holds single-channel images, got 3 channels");
        assertThatThrownBy(() -> SyntheticImages.writeCifar(colour, null, false))
                .hasMessage("CIFAR records hold 3x32x32 images, got 3x4x4");
    }

    private static double[][] centroids(ImageSet set) {
        double[][] sums = new double[set.numClasses()][set.imageSize()];
        int[] counts = set.classCounts();
        for (int i = 0; i < set.count(); i++) {
            for (int p = 0; p < set.imageSize(); p++) {
                sums[set.labels()[i]][p] += (set.pixels()[i * set.imageSize() + p] & 0xff) / (double) counts[set.labels()[i]];
            }
        }
        return sums;
    }

    private static double[] image(ImageSet set, int index) {
        double[] values = new double[set.imageSize()];
        for (int p = 0; p < values.length; p++) {
            values[p] = set.pixels()[index * values.length + p] & 0xff;
        }
        return values;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static int nearest(double[][] centroids, double[] image) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int c = 0; c < centroids.length; c++) {
            double distance = 0;
            for (int p = 0; p < image.length; p++) {
                distance += (image[p] - centroids[c][p]) * (image[p] - centroids[c][p]);
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = c;
            }
        }
        return best;
    }

    private static int nearest(double[] classValues, double value) {
        int best = 0;
        for (int c = 1; c < classValues.length; c++) {
            if (Math.abs(classValues[c] - value) < Math.abs(classValues[best] - value)) {
                best = c;
            }
        }
        return best;
    }
}
