package io.transferlab.data;

import io.transferlab.data.synthetic.SyntheticImages;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartitionTest {

    /** Every image's pixels are unique (first bytes encode its index), so images can be tracked by content. */
    private static ImageSet indexed(int[] labels) {
        byte[] pixels = new byte[labels.length * 2];
        for (int i = 0; i < labels.length; i++) {
            pixels[2 * i] = (byte) (i >> 8);
            pixels[2 * i + 1] = (byte) i;
        }
        return new ImageSet(List.of("x", "y", "z"), 1, 1, 2, labels, pixels);
    }

    private static Set<Integer> ids(ImageSet set) {
        Set<Integer> ids = new HashSet<>();
        for (int i = 0; i < set.count(); i++) {
            ids.add(((set.pixels()[2 * i] & 0xff) << 8) | (set.pixels()[2 * i + 1] & 0xff));
        }
        return ids;
    }

    /** 100 images of class 0, 60 of class 1, 40 of class 2. */
    private static ImageSet unbalanced() {
        return indexed(IntStream.range(0, 200).map(i -> i < 100 ? 0 : i < 160 ? 1 : 2).toArray());
    }

    @Test
    void trainValidationIsStratifiedDisjointAndCovering() {
        ImageSet set = unbalanced();
        Partition.Parts parts = Partition.trainValidation(set, 0.2, 9);

        assertThat(parts.validation().classCounts()).containsExactly(20, 12, 8);
        Set<Integer> train = ids(parts.train());
        Set<Integer> validation = ids(parts.validation());
        assertThat(train).doesNotContainAnyElementsOf(validation);
        assertThat(train.size() + validation.size()).isEqualTo(set.count());
        assertThat(parts.train().count() + parts.validation().count()).isEqualTo(set.count());
    }

    @Test
    void trainValidationIsDeterministicPerSeed() {
        ImageSet set = SyntheticImages.generate(4, 25, 1, 3, 3, 2);
        assertThat(Partition.trainValidation(set, 0.3, 5)).isEqualTo(Partition.trainValidation(set, 0.3, 5));
        assertThat(Partition.trainValidation(set, 0.3, 5).validation())
                .isNotEqualTo(Partition.trainValidation(set, 0.3, 6).validation());
        assertThatThrownBy(() -> Partition.trainValidation(set, 1.0, 5))
                .hasMessage("validationFraction must be in [0, 1), got 1.0");
    }

    @Test
    void subsetKeepsClassProportions() {
        ImageSet set = unbalanced();
        ImageSet sub = Partition.subset(set, 51, 3);

        // Exact shares 25.5, 15.3, 10.2: floors sum to 50 and the largest remainder gets the last image.
        assertThat(sub.classCounts()).containsExactly(26, 15, 10);
        assertThat(ids(set)).containsAll(ids(sub));
        assertThat(Partition.subset(set, 51, 3)).isEqualTo(sub);
        assertThat(Partition.subset(set, 200, 3)).isSameAs(set);
        assertThat(Partition.subset(set, 0, 3).count()).isZero();
    }
}
