package io.transferlab.trainer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.transferlab.network.backend.BackendMode;
import io.transferlab.network.backend.UnsupportedGpuPolicy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

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

    /** The {@code controller.kubernetes.io/pod-deletion-cost} annotation this trainer keeps on its own pod. */
    PodDeletionCost podDeletionCost();

    /**
     * While a job trains, the trainer's pod carries a high deletion cost, when idle a low one, so that a ReplicaSet
     * scaled down removes idle trainers first instead of one in mid-job. Set through the Kubernetes API with the pod's
     * service account (it needs {@code patch} on {@code pods}); off by itself outside a cluster (no token file).
     */
    interface PodDeletionCost {

        /** Keep the annotation at all (env TRANSFERLAB_TRAINER_POD_DELETION_COST_ENABLED). */
        @WithDefault("true")
        boolean enabled();

        /** The cost while a job trains; pods of lower cost go first (env ..._POD_DELETION_COST_BUSY). */
        @WithDefault("1000")
        int busy();

        /** The cost while no job trains, the same as a pod without the annotation (env ..._POD_DELETION_COST_IDLE). */
        @WithDefault("0")
        int idle();

        /** Where the pod's service-account token, CA certificate and namespace file are mounted. */
        @WithDefault("/var/run/secrets/kubernetes.io/serviceaccount")
        Path serviceAccount();

        /** The pod's name: POD_NAME (set from the downward API), else HOSTNAME, which is the pod's name. */
        @WithDefault("${POD_NAME:${HOSTNAME:}}")
        Optional<String> podName();

        /** The API server's host; Kubernetes sets KUBERNETES_SERVICE_HOST in every pod. */
        @WithDefault("${KUBERNETES_SERVICE_HOST:}")
        Optional<String> apiHost();

        /** The API server's HTTPS port; Kubernetes sets KUBERNETES_SERVICE_PORT in every pod. */
        @WithDefault("${KUBERNETES_SERVICE_PORT:443}")
        int apiPort();

        /** Longest one update may take; one that fails or times out is logged and the job goes on. */
        @WithDefault("PT5S")
        Duration timeout();
    }
}
