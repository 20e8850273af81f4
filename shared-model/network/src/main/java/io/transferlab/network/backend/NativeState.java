package io.transferlab.network.backend;

import java.util.List;

/**
 * What ND4J and DL4J actually run on, read after ND4J loaded: the backend, the native build JavaCPP loaded, the
 * platform libraries compiled into it, and the helper DL4J gave a convolution layer (null: DL4J's own im2col path).
 */
public record NativeState(String backend, String nativeBuild, List<String> platformLibraries, String convHelper) {

    public boolean helpersOn() {
        return convHelper != null;
    }

    /** Whether the native build has oneDNN compiled in (the CPU helpers' kernels). */
    public boolean oneDnn() {
        return platformLibraries.contains("ONEDNN");
    }

    /** The metric tag of the native build: its classifier after {@code linux-x86_64-}, or {@code plain}. */
    public String buildTag() {
        String tag = nativeBuild.replaceFirst("^linux-x86_64-?", "");
        return tag.isEmpty() ? "plain" : tag;
    }

    /** One log line with everything above. */
    public String line() {
        return "ND4J " + backend + " backend, native build " + nativeBuild + " (" + String.join(", ", platformLibraries)
                + "), DL4J layer helpers " + (helpersOn() ? "on: convolutions run in " + convHelper
                : "off: convolutions run in DL4J's own im2col path");
    }
}
