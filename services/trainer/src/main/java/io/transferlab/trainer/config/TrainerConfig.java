package io.transferlab.trainer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.transferlab.network.backend.BackendMode;
import io.transferlab.network.backend.UnsupportedGpuPolicy;

import java.time.Duration;

/** The trainer's own settings. */
@ConfigMapping(prefix = "transferlab.trainer")
public interface TrainerConfig {

    /** Name of this worker in status events; defaults to the host name. */
    @WithDefault("${HOSTNAME:trainer}")
    String workerId();

    /** Iterations between two progress events (bounded event rate; metrics see every iteration). */
    @WithDefault("10")
    int progressEvery();

    /**
     * Train a frozen net's later layers on its frozen prefix's activations, computed once per job instead of in every
     * step (env TRANSFERLAB_TRAINER_CACHE_FROZEN_PREFIX): per step 2x faster at n=4, 12x at n=7 for BnB, AnB and RnB,
     * used where more than two epochs are ahead, where the one-off cost pays back. Equal to the plain way up to float
     * rounding, not bit for bit (docs/benchmarks.md); false for the plain way.
     */
    @WithDefault("true")
    boolean cacheFrozenPrefix();

    /**
     * ND4J backend (env TRANSFERLAB_TRAINER_BACKEND): auto (CUDA where this build has it and the GPU can run its
     * kernels, else CPU), cpu, or cuda (refuse to start if CUDA cannot be used). Chosen once, at start.
     */
    @WithDefault("auto")
    BackendMode backend();

    /**
     * With backend=auto, a GPU that is there but cannot be used (too new for nd4j-cuda-11.6, no CUDA backend in this
     * build, nvidia-smi unreadable), env TRANSFERLAB_TRAINER_UNSUPPORTED_GPU: fallback trains on the CPU and logs why;
     * refuse fails the start, for deployments that must not train slowly unnoticed.
     */
    @WithDefault("fallback")
    UnsupportedGpuPolicy unsupportedGpu();

    /**
     * How long a trainer whose job's partition is revoked waits for the job to checkpoint and stop before it lets the
     * rebalance go on (one training step and a checkpoint upload; env TRANSFERLAB_TRAINER_HAND_OVER_TIMEOUT). Past
     * it, the partition's next owner resumes from the job's previous checkpoint while this trainer still stops.
     */
    @WithDefault("PT60S")
    Duration handOverTimeout();
}
