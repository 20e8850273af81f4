package io.transferlab.trainer.backend;

import io.quarkus.runtime.StartupEvent;
import io.transferlab.network.backend.BackendSelector;
import io.transferlab.network.backend.BackendSelector.Selection;
import io.transferlab.network.backend.ComputeBackend;
import io.transferlab.network.backend.NativeRuntime;
import io.transferlab.network.backend.Nd4jBackends;
import io.transferlab.network.backend.NvidiaSmi;
import io.transferlab.service.dl4j.NativeStartup;
import io.transferlab.trainer.config.TrainerConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * Chooses the ND4J backend when the trainer starts and initialises ND4J on it, so that an unusable GPU means a log
 * line and the CPU, or a start that fails with the reason, never a native crash in the middle of a job; on the CPU,
 * with the native build for this CPU and the oneDNN helpers checked.
 */
@ApplicationScoped
public class BackendStartup {

    private static final Logger LOG = Logger.getLogger(BackendStartup.class);

    // Before Reactive Messaging starts consuming (priority 1000): a job must not initialise ND4J before the choice.
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event, TrainerConfig config,
                 NativeStartup nativeStartup) {
        BackendSelector selector = new BackendSelector(config.backend(), config.unsupportedGpu());
        Selection selected = selector.select(Nd4jBackends.cudaInBuild(), NvidiaSmi.scan());
        if (selected.backend() == ComputeBackend.CPU) {
            Nd4jBackends.hideCuda();
            nativeStartup.prepare();
        } else {
            NativeRuntime.allowHelpers();
        }
        Selection used = selector.confirm(selected, Nd4jBackends.loaded());
        if (used.fallback()) {
            LOG.warn(used.reason());
        } else {
            LOG.info(used.reason());
        }
        nativeStartup.verify("transferlab.trainer.backend.info", used.backend().tag());
    }
}
