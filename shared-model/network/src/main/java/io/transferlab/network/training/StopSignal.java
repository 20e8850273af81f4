package io.transferlab.network.training;

/**
 * Asked between two training steps: true makes the loop checkpoint where it is and return early, e.g. because the
 * trainer lost the job to another one in a rebalance, which resumes it from that checkpoint.
 */
@FunctionalInterface
public interface StopSignal {

    StopSignal NEVER = () -> false;

    boolean stopRequested();
}
