package io.transferlab.network.training;

import io.transferlab.contracts.messaging.ValidationPoint;
import io.transferlab.contracts.plan.JobPhase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressListenerTest {

    @Test
    void andCallsBothListenersInOrderForEveryCallback() {
        List<String> calls = new ArrayList<>();
        ProgressListener both = recorder("first", calls).and(recorder("second", calls));
        both.onIteration(new IterationStats(0, 1, 10, 0.5, 100, 0.01));
        both.onValidation(new ValidationPoint(1, 0.9));
        both.onPhase(JobPhase.PREFIX_CACHE, 0.25);
        assertThat(calls).containsExactly("first iteration 1", "second iteration 1", "first validation 1",
                "second validation 1", "first prefix-cache 0.25", "second prefix-cache 0.25");
    }

    private static ProgressListener recorder(String name, List<String> calls) {
        return new ProgressListener() {
            @Override
            public void onIteration(IterationStats stats) {
                calls.add(name + " iteration " + stats.iteration());
            }

            @Override
            public void onValidation(ValidationPoint point) {
                calls.add(name + " validation " + point.iteration());
            }

            @Override
            public void onPhase(JobPhase phase, double seconds) {
                calls.add(name + " " + phase.label() + " " + seconds);
            }
        };
    }
}
