package io.transferlab.network.backend;

/** Which backend a trainer is asked to use: {@code auto} takes CUDA where it can work, else the CPU. */
public enum BackendMode {
    AUTO, CPU, CUDA
}
