package io.transferlab.network.backend;

import java.util.List;

/**
 * What nvidia-smi reported: the GPUs it listed, or, in {@code problem}, why its answer cannot be trusted (it failed or
 * printed something unexpected), which means a GPU may be there but cannot be judged. No GPUs and no problem: none.
 */
public record GpuScan(List<Gpu> gpus, String problem) {

    public static final GpuScan NONE = new GpuScan(List.of(), null);

    public GpuScan {
        gpus = List.copyOf(gpus);
    }

    static GpuScan problem(String problem) {
        return new GpuScan(List.of(), problem);
    }
}
