package io.transferlab.data;

import java.util.Objects;

/** The official train and test portions of a data set; both share one class list. */
public record TrainTest(ImageSet train, ImageSet test) {

    public TrainTest {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        if (!train.classNames().equals(test.classNames())) {
            throw new IllegalArgumentException("train classes " + train.classNames()
                    + " differ from test classes " + test.classNames());
        }
    }
}
