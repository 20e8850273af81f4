package io.transferlab.evaluator.backend;

import io.quarkus.runtime.StartupEvent;
import io.transferlab.network.backend.Nd4jBackends;
import io.transferlab.service.dl4j.NativeStartup;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Sets ND4J up when the evaluator starts, before the first checkpoint arrives: the CPU backend (the evaluator is built
 * without CUDA), the native build for this CPU, the oneDNN helpers checked and named in the log and the metrics.
 */
@ApplicationScoped
public class EvaluatorStartup {

    // Before Reactive Messaging starts consuming (priority 1000): a checkpoint must not load ND4J first.
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event,
                 NativeStartup nativeStartup) {
        nativeStartup.prepare();
        nativeStartup.verify("transferlab.evaluator.backend.info", Nd4jBackends.loaded().tag());
    }
}
