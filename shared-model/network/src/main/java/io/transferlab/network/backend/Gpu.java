package io.transferlab.network.backend;

/** One NVIDIA GPU as nvidia-smi names it, with its compute capability major.minor. */
public record Gpu(String name, int major, int minor) {

    public String capability() {
        return major + "." + minor;
    }

    @Override
    public String toString() {
        return name + " (compute capability " + capability() + ")";
    }
}
