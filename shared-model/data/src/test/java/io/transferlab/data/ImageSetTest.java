package io.transferlab.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageSetTest {

    private static final List<String> NAMES = List.of("a", "b", "c");

    /** Three 1x1x2 images whose pixels encode their index. */
    private static ImageSet small() {
        return new ImageSet(NAMES, 1, 1, 2, new int[] {2, 0, 2}, new byte[] {0, 1, 10, 11, 20, 21});
    }

    @Test
    void reportsShapeAndCounts() {
        ImageSet set = small();
        assertThat(set.count()).isEqualTo(3);
        assertThat(set.imageSize()).isEqualTo(2);
        assertThat(set.numClasses()).isEqualTo(3);
        assertThat(set.classCounts()).containsExactly(1, 0, 2);
    }

    @Test
    void selectCopiesImagesInGivenOrder() {
        ImageSet picked = small().select(new int[] {2, 0, 2});
        assertThat(picked.labels()).containsExactly(2, 2, 2);
        assertThat(picked.pixels()).containsExactly(20, 21, 0, 1, 20, 21);
        assertThat(picked.classNames()).isEqualTo(NAMES);
        assertThatThrownBy(() -> small().select(new int[] {3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("index 3 is outside 0..2");
    }

    @Test
    void equalityIsByContent() {
        assertThat(small()).isEqualTo(small()).hasSameHashCodeAs(small());
        ImageSet changed = new ImageSet(NAMES, 1, 1, 2, new int[] {2, 0, 2}, new byte[] {0, 1, 10, 11, 20, 22});
        assertThat(changed).isNotEqualTo(small());
        assertThat(small().toString()).isEqualTo("ImageSet[count=3, shape=1x1x2, classes=3]");
    }

    @Test
    void rejectsInconsistentContent() {
        assertThatThrownBy(() -> new ImageSet(NAMES, 1, 1, 2, new int[] {0}, new byte[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pixels has 3 bytes, expected 2 for 1 images of 1x1x2");
        assertThatThrownBy(() -> new ImageSet(NAMES, 1, 1, 2, new int[] {3}, new byte[2]))
                .hasMessage("label 3 of image 0 is outside 0..2");
        assertThatThrownBy(() -> new ImageSet(NAMES, 0, 1, 2, new int[0], new byte[0]))
                .hasMessage("dimensions must be positive, got channels=0 height=1 width=2");
        assertThatThrownBy(() -> new ImageSet(List.of(), 1, 1, 1, new int[0], new byte[0]))
                .hasMessage("classNames is empty");
        assertThatThrownBy(() -> new ImageSet(List.of("x", "x"), 1, 1, 1, new int[0], new byte[0]))
                .hasMessage("classNames has duplicates: [x, x]");
    }
}
