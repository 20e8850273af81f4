package io.transferlab.network.backend;

import java.util.Arrays;
import java.util.Optional;

/**
 * Decides which ND4J backend a trainer uses, from its configuration and what the machine offers, before ND4J starts;
 * then checks the backend ND4J actually loaded. Pure: the caller scans the GPUs and loads ND4J.
 */
public final class BackendSelector {

    /**
     * The GPU architectures libnd4jcuda.so of nd4j-cuda-11.6 1.0.0-M2.1 has kernels for, read from its fatbins; it
     * carries no PTX, so nothing is compiled for a newer GPU at run time: on Hopper (9.0) no kernel would run.
     */
    private static final int[] KERNEL_TARGETS = {37, 50, 52, 60, 61, 70, 75, 80, 86};

    private final BackendMode mode;
    private final UnsupportedGpuPolicy policy;

    public BackendSelector(BackendMode mode, UnsupportedGpuPolicy policy) {
        this.mode = mode;
        this.policy = policy;
    }

    /** The backend to use and a one-line reason; {@code fallback} when a GPU is there but the CPU will train. */
    public record Selection(ComputeBackend backend, boolean fallback, String reason) {
    }

    public Selection select(boolean cudaInBuild, GpuScan scan) {
        if (mode == BackendMode.CPU) {
            return new Selection(ComputeBackend.CPU, false, "transferlab.trainer.backend=cpu: using the CPU backend");
        }
        if (scan.gpus().isEmpty() && scan.problem() == null) {
            return cpuInstead("no NVIDIA GPU found", false);
        }
        Optional<String> obstacle = obstacle(cudaInBuild, scan);
        if (obstacle.isPresent()) {
            return cpuInstead(obstacle.get(), true);
        }
        return new Selection(ComputeBackend.CUDA, false, "GPU " + scan.gpus().get(0) + ": using the CUDA backend");
    }

    /** The backend ND4J loaded must be the one selected, or a CPU fallback the configuration allows. */
    public Selection confirm(Selection selected, ComputeBackend loaded) {
        if (loaded == selected.backend()) {
            return selected;
        }
        if (loaded == ComputeBackend.CUDA) {
            throw new BackendRefusedException("ND4J loaded the CUDA backend although the CPU backend was selected ("
                    + selected.reason() + "); ND4J must not be used before the backend is selected");
        }
        return cpuInstead("ND4J could not start its CUDA backend (see ND4J's log above)", true);
    }

    private static Optional<String> obstacle(boolean cudaInBuild, GpuScan scan) {
        if (scan.problem() != null) {
            return Optional.of(scan.problem());
        }
        for (Gpu gpu : scan.gpus()) {
            if (!hasKernels(gpu)) {
                return Optional.of("GPU " + gpu + (gpu.major() * 10 + gpu.minor() > 86
                        ? " is newer than nd4j-cuda-11.6 supports (<= 8.6)"
                        : " is older than nd4j-cuda-11.6 supports (>= 3.7)"));
            }
        }
        if (!cudaInBuild) {
            return Optional.of("GPU " + scan.gpus().get(0)
                    + " found, but this trainer was built without the CUDA backend (build it with -Pcuda)");
        }
        return Optional.empty();
    }

    /** CUDA runs a kernel built for X.y on a GPU X.z with z >= y, never across major versions. */
    static boolean hasKernels(Gpu gpu) {
        return Arrays.stream(KERNEL_TARGETS).anyMatch(t -> t / 10 == gpu.major() && t % 10 <= gpu.minor());
    }

    /** No GPU at all is no reason to refuse unless CUDA was asked for; an unusable GPU is, if so configured. */
    private Selection cpuInstead(String why, boolean gpuUnusable) {
        if (mode == BackendMode.CUDA) {
            throw new BackendRefusedException(why + ": cannot use the CUDA backend that transferlab.trainer.backend=cuda"
                    + " requires");
        }
        if (gpuUnusable && policy == UnsupportedGpuPolicy.REFUSE) {
            throw new BackendRefusedException(why + ": refusing to start (transferlab.trainer.unsupported-gpu=refuse)");
        }
        return new Selection(ComputeBackend.CPU, gpuUnusable, why + ": using the CPU backend");
    }
}
