package io.transferlab.contracts.spec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetTest {

    @Test
    void knowsTheNamesAndClassCounts() {
        assertThat(Dataset.ids()).containsExactly("cifar10", "cifar100", "fashion-mnist", "image-folder", "mnist");
        assertThat(Dataset.fromId("fashion-mnist").flatMap(Dataset::classCount)).contains(10);
        assertThat(Dataset.CIFAR100.classCount()).contains(100);
        assertThat(Dataset.IMAGE_FOLDER.classCount()).isEmpty();
        assertThat(Dataset.fromId("imagenet")).isEmpty();
    }

    @Test
    void imageFoldersTakeTheArchitecturesInputAndTheOtherFormatsTheirOwn() {
        assertThat(Dataset.FASHION_MNIST.input(NetArchitecture.CAFFENET8)).isEqualTo(new InputShape(1, 28, 28));
        assertThat(Dataset.CIFAR10.input(NetArchitecture.COMPACT8)).isEqualTo(new InputShape(3, 32, 32));
        assertThat(Dataset.IMAGE_FOLDER.input(NetArchitecture.CAFFENET8)).isEqualTo(new InputShape(3, 227, 227));
        assertThat(Dataset.IMAGE_FOLDER.input(NetArchitecture.COMPACT8)).isEqualTo(new InputShape(3, 32, 32));
    }

    @Test
    void theDeepestCutKeepsTheOutputLayerOut() {
        assertThat(NetArchitecture.ids()).containsExactly("caffenet8", "compact8");
        assertThat(NetArchitecture.MAX_DEPTH).isEqualTo(NetArchitecture.WEIGHT_LAYERS - 1).isEqualTo(7);
        assertThat(ExperimentSpec.DEFAULT_DEPTHS).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }
}
