package io.transferlab.service.dl4j;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.transferlab.network.backend.HelperPolicy;

/** ND4J's native code in a service that runs nets; read once, at start, before ND4J loads. */
@ConfigMapping(prefix = "transferlab.native")
public interface NativeConfig {

    /**
     * The libnd4j CPU build (env TRANSFERLAB_NATIVE_BUILD): auto (onednn-avx512 where the CPU has every AVX-512 flag
     * it needs, else onednn), onednn (generic x86-64, runs anywhere) or onednn-avx512 (refused on a CPU without).
     */
    @WithDefault("auto")
    String build();

    /**
     * When DL4J's convolution layers did not get their oneDNN helper and would run several times slower (env
     * TRANSFERLAB_NATIVE_HELPERS): warn logs it and starts; refuse fails the start.
     */
    @WithDefault("warn")
    HelperPolicy helpers();
}
