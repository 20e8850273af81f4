package io.transferlab.network.backend;

import io.transferlab.network.Fixtures;
import org.deeplearning4j.config.DL4JSystemProperties;

/**
 * A process of its own for {@link NativeRuntimeTest}: JavaCPP loads one native build per JVM, so each build is tried
 * in a child JVM. Arguments: the build setting ({@code plain} loads the build without oneDNN, as a process would that
 * shipped only that one), the helper policy, and how many steps to train compact8 (0: none). Prints one
 * {@code KEY value} line per fact; exit 3 on a refusal.
 */
public final class NativeProbe {

    private NativeProbe() {
    }

    public static void main(String[] args) {
        if (args[0].equals("plain")) {
            System.setProperty(NativeRuntime.EXTENSION_PROPERTY, "");
            System.setProperty(DL4JSystemProperties.DISABLE_HELPER_PROPERTY, "false");
        } else {
            NativeRuntime.prepare(args[0]);
        }
        NativeState state;
        try {
            state = NativeRuntime.verify(HelperPolicy.valueOf(args[1]));
        } catch (BackendRefusedException e) {
            System.out.println("REFUSED " + e.getMessage());
            System.exit(3);
            return;
        }
        System.out.println("BUILD " + state.nativeBuild());
        System.out.println("HELPER " + state.convHelper());
        System.out.println("LINE " + state.line());
        int steps = Integer.parseInt(args[2]);
        if (steps > 0) {
            System.out.println("ACCURACY " + Fixtures.trainedAccuracy(steps));
        }
    }
}
