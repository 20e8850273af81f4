package io.transferlab.trainer.kubernetes;

import io.quarkus.runtime.StartupEvent;
import io.transferlab.trainer.config.TrainerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.util.Optional;

/**
 * Keeps {@value #ANNOTATION} on the trainer's own pod high while a job trains and low when idle, so that a ReplicaSet
 * scaled down (KEDA lowering the replicas) removes idle trainers first, not one in mid-job. Outside a cluster, or
 * turned off, it does nothing (said once at start). A failed update is logged and never fails a job: the worst case
 * is the ReplicaSet's own choice, and the hand-over still saves the job of a trainer removed.
 */
@ApplicationScoped
public class PodDeletionCost {

    public static final String ANNOTATION = "controller.kubernetes.io/pod-deletion-cost";
    private static final Logger LOG = Logger.getLogger(PodDeletionCost.class);

    private final TrainerConfig.PodDeletionCost config;
    private final Optional<PodAnnotations> pod;
    private Integer current;

    public PodDeletionCost(TrainerConfig config) {
        this.config = config.podDeletionCost();
        this.pod = connect(this.config);
    }

    /** A pod outlives its container: one restarted in mid-job would otherwise keep the busy value until its next job. */
    void onStart(@Observes StartupEvent event) {
        set(config.idle());
    }

    /** Marks the pod busy until the returned claim is closed, when it is marked idle again. */
    public Busy busy() {
        set(config.busy());
        return () -> set(config.idle());
    }

    /** The pod's busy period: closing it marks the pod idle. */
    public interface Busy extends AutoCloseable {
        @Override
        void close();
    }

    private synchronized void set(int cost) {
        if (pod.isEmpty() || Integer.valueOf(cost).equals(current)) {
            return;
        }
        try {
            pod.get().set(ANNOTATION, Integer.toString(cost));
            current = cost;
        } catch (IOException | RuntimeException e) {
            LOG.warnf("could not set %s=%d on %s (%s); training goes on", ANNOTATION, cost, pod.get().pod(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<PodAnnotations> connect(TrainerConfig.PodDeletionCost config) {
        String off = !config.enabled() ? "turned off"
                : !Files.isRegularFile(config.serviceAccount().resolve(PodAnnotations.TOKEN))
                ? "not in a Kubernetes cluster (no service-account token in " + config.serviceAccount() + ")"
                : config.apiHost().isEmpty() ? "KUBERNETES_SERVICE_HOST is not set"
                : config.podName().isEmpty() ? "the pod's name is unknown (set POD_NAME)" : null;
        if (off != null) {
            LOG.infof("%s is not kept: %s", ANNOTATION, off);
            return Optional.empty();
        }
        try {
            PodAnnotations pod = PodAnnotations.of(config.serviceAccount(), config.apiHost().get(), config.apiPort(),
                    config.podName().get(), config.timeout());
            LOG.infof("%s kept on %s: %d while a job trains, %d when idle", ANNOTATION, pod.pod(), config.busy(),
                    config.idle());
            return Optional.of(pod);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.warnf("%s is not kept: the service account in %s is unusable (%s)", ANNOTATION,
                    config.serviceAccount(), e);
            return Optional.empty();
        }
    }
}
