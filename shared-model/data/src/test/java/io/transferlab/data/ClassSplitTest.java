package io.transferlab.data;

import io.transferlab.data.synthetic.SyntheticImages;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassSplitTest {

    private final ImageSet set = SyntheticImages.generate(6, 4, 1, 4, 4, 1);

    @Test
    void keepsListedClassesRelabelledInListOrder() {
        ClassSplit.Halves halves = ClassSplit.split(set, List.of(4, 1), List.of(0, 2, 5));

        assertThat(halves.a().classNames()).containsExactly("c4", "c1");
        assertThat(halves.a().classCounts()).containsExactly(4, 4);
        assertThat(halves.b().classNames()).containsExactly("c0", "c2", "c5");
        assertThat(halves.b().count()).isEqualTo(12);
        // Labels cycle 0..5, so the first kept images of A are originals 1 (class 1 -> 1) and 4 (class 4 -> 0).
        assertThat(halves.a().labels()).startsWith(1, 0, 1, 0);
        int imageSize = set.imageSize();
        assertThat(Arrays.copyOfRange(halves.a().pixels(), imageSize, 2 * imageSize))
                .isEqualTo(Arrays.copyOfRange(set.pixels(), 4 * imageSize, 5 * imageSize));
    }

    @Test
    void rejectsBadClassLists() {
        assertThatThrownBy(() -> ClassSplit.split(set, List.of(), List.of(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("classesA is empty");
        assertThatThrownBy(() -> ClassSplit.split(set, List.of(0), List.of(1, 6)))
                .hasMessage("classesB contains 6, outside the classes 0..5");
        assertThatThrownBy(() -> ClassSplit.split(set, List.of(-1), List.of(1)))
                .hasMessage("classesA contains -1, outside the classes 0..5");
        assertThatThrownBy(() -> ClassSplit.split(set, List.of(0, 2, 0), List.of(1)))
                .hasMessage("classesA lists class 0 more than once: [0, 2, 0]");
        assertThatThrownBy(() -> ClassSplit.split(set, List.of(0, 3), List.of(1, 3)))
                .hasMessage("class 3 is in both classesA [0, 3] and classesB [1, 3]");
    }

    @Test
    void randomHalvesAreDeterministicDisjointAndSorted() {
        List<List<Integer>> halves = ClassSplit.randomHalves(10, 5, 5, 42);

        assertThat(ClassSplit.randomHalves(10, 5, 5, 42)).isEqualTo(halves);
        assertThat(halves.get(0)).hasSize(5).isSorted().doesNotContainAnyElementsOf(halves.get(1));
        assertThat(halves.get(1)).hasSize(5).isSorted();
        assertThat(ClassSplit.randomHalves(100, 3, 4, 7).get(1)).hasSize(4).allMatch(c -> c >= 0 && c < 100);
        assertThat(List.of(1L, 2L, 3L, 4L, 5L)).extracting(s -> ClassSplit.randomHalves(10, 5, 5, s))
                .doesNotHaveDuplicates();
        assertThatThrownBy(() -> ClassSplit.randomHalves(10, 6, 5, 1))
                .hasMessage("need positive sizes with sizeA + sizeB <= numClasses, got sizeA=6 sizeB=5 numClasses=10");
    }
}
