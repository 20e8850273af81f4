package io.transferlab.trainer.backend;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.transferlab.network.backend.BackendSelector;
import io.transferlab.network.backend.BackendSelector.Selection;
import io.transferlab.network.backend.ComputeBackend;
import io.transferlab.network.backend.Nd4jBackends;
import io.transferlab.network.backend.NvidiaSmi;
import io.transferlab.trainer.config.TrainerConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * Chooses the ND4J backend when the trainer starts and initialises ND4J on it, so that an unusable GPU means a log
 * line and the CPU, or a start that fails with the reason, never a native crash in the middle of a job.
 */
@ApplicationScoped
public class BackendStartup {

    private static final Logger LOG = Logger.getLogger(BackendStartup.class);

    // Before Reactive Messaging starts consuming (priority 1000): a job must not initialise ND4J before the choice.
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event, TrainerConfig config,
                 MeterRegistry registry) {
        BackendSelector selector = new BackendSelector(config.backend(), config.unsupportedGpu());
        Selection selected = selector.select(Nd4jBackends.cudaInBuild(), NvidiaSmi.scan());
        if (selected.backend() == ComputeBackend.CPU) {
            Nd4jBackends.hideCuda();
        }
        Selection used = selector.confirm(selected, Nd4jBackends.loaded());
        if (used.fallback()) {
            LOG.warn(used.reason());
        } else {
            LOG.info(used.reason());
        }
        Gauge.builder("transferlab.trainer.backend.info", () -> 1)
                .description("The ND4J backend this trainer trains on (value 1, the backend in the tag)")
                .tag("backend", used.backend().tag()).register(registry);
    }
}
