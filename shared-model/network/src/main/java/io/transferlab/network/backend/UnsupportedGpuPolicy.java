package io.transferlab.network.backend;

/** What {@code auto} does when a GPU is there but the CUDA backend cannot use it: train on the CPU, or not start. */
public enum UnsupportedGpuPolicy {
    FALLBACK, REFUSE
}
