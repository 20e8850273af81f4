package io.transferlab.network.backend;

import java.util.Arrays;
import java.util.Locale;

/**
 * The two libnd4j CPU builds TransferLab ships, both with oneDNN: the generic x86-64 one, and the one compiled for
 * AVX-512, which is faster where the CPU has it and exits the JVM where it does not. JavaCPP loads the one named by the
 * {@code org.bytedeco.javacpp.platform.extension} system property, read once, when ND4J first loads.
 */
public enum NativeBuild {
    ONEDNN("onednn"),
    ONEDNN_AVX512("onednn-avx512");

    /** The setting that picks the build from the CPU's flags. */
    public static final String AUTO = "auto";

    private final String setting;

    NativeBuild(String setting) {
        this.setting = setting;
    }

    /** The configuration value naming this build. */
    public String setting() {
        return setting;
    }

    /** JavaCPP's platform extension, the suffix of the native jar's classifier after {@code linux-x86_64}. */
    public String extension() {
        return "-" + setting;
    }

    /** The build a setting asks for on this CPU: {@code auto} picks AVX-512 only where every flag it needs is there. */
    public static NativeBuild choose(String setting, CpuFeatures cpu) {
        String wanted = setting == null ? AUTO : setting.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals(AUTO)) {
            return cpu.avx512() ? ONEDNN_AVX512 : ONEDNN;
        }
        NativeBuild build = Arrays.stream(values()).filter(b -> b.setting.equals(wanted)).findFirst()
                .orElseThrow(() -> new BackendRefusedException("unknown native build '" + setting + "' (known: "
                        + AUTO + ", " + ONEDNN.setting + ", " + ONEDNN_AVX512.setting + ")"));
        if (build == ONEDNN_AVX512 && !cpu.avx512()) {
            throw new BackendRefusedException("native build " + build.setting + " was asked for, but this CPU lacks "
                    + cpu.missingAvx512() + ": libnd4j would exit the JVM while loading; use " + ONEDNN.setting
                    + " or " + AUTO);
        }
        return build;
    }
}
