package io.transferlab.network.training;

import io.transferlab.contracts.messaging.ValidationPoint;

/** The services turn these callbacks into metrics and progress events. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
    };

    default void onIteration(IterationStats stats) {
    }

    default void onValidation(ValidationPoint point) {
    }
}
