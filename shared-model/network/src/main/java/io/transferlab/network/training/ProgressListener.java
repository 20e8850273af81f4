package io.transferlab.network.training;

import io.transferlab.contracts.messaging.ValidationPoint;
import io.transferlab.contracts.plan.JobPhase;

/** The services turn these callbacks into metrics and progress events. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
    };

    default void onIteration(IterationStats stats) {
    }

    default void onValidation(ValidationPoint point) {
    }

    /** {@code seconds} of the job went to {@code phase} (called once per occurrence, e.g. per validation pass). */
    default void onPhase(JobPhase phase, double seconds) {
    }

    /** This listener, then {@code next}, for every callback. */
    default ProgressListener and(ProgressListener next) {
        ProgressListener first = this;
        return new ProgressListener() {
            @Override
            public void onIteration(IterationStats stats) {
                first.onIteration(stats);
                next.onIteration(stats);
            }

            @Override
            public void onValidation(ValidationPoint point) {
                first.onValidation(point);
                next.onValidation(point);
            }

            @Override
            public void onPhase(JobPhase phase, double seconds) {
                first.onPhase(phase, seconds);
                next.onPhase(phase, seconds);
            }
        };
    }
}
