package io.transferlab.service.dl4j;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.transferlab.network.backend.NativeBuild;
import io.transferlab.network.backend.NativeRuntime;
import io.transferlab.network.backend.NativeState;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The two steps a service that runs nets takes at start: {@link #prepare} before ND4J loads, {@link #verify} after,
 * which logs the native build and helper state in one line and publishes them in the service's backend-info metric.
 */
@ApplicationScoped
public class NativeStartup {

    private static final Logger LOG = Logger.getLogger(NativeStartup.class);

    private final NativeConfig config;
    private final MeterRegistry registry;

    public NativeStartup(NativeConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    /** For the CPU backend: the native build for this CPU, DL4J's helpers on. */
    public NativeBuild prepare() {
        return NativeRuntime.prepare(config.build());
    }

    /**
     * Loads ND4J (if not yet), checks the helpers as configured and registers {@code metric} (value 1) with the
     * backend, the native build and the helper state as tags.
     */
    public NativeState verify(String metric, String backendTag) {
        NativeState state = NativeRuntime.verify(config.helpers());
        if (state.helpersOn()) {
            LOG.info(state.line());
        } else {
            LOG.warn(state.line() + " (transferlab.native.helpers=warn: starting anyway)");
        }
        Gauge.builder(metric, () -> 1)
                .description("What this service's nets run on (value 1; backend, native build and helper state in"
                        + " the tags)")
                .tag("backend", backendTag)
                .tag("native_build", state.buildTag())
                .tag("helpers", state.helpersOn() ? "on" : "off")
                .register(registry);
        return state;
    }
}
