package org.nd4j.nativeblas;

/**
 * Stand-in for the class DL4J 1.0.0-M2.1's {@code BaseMKLDNNHelper.mklDnnEnabled()} looks up by reflection to decide
 * whether layers get their oneDNN helpers. ND4J M2.1 moved that class to
 * {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu} and renamed {@code isUseMKLDNN} to {@code isUseONEDNN}, so
 * the lookup fails and every layer silently falls back to DL4J's own convolution path (9x slower here). This class
 * answers the old question from the new place, and only for a native build that has oneDNN compiled in: on one
 * without, the "helper" would run libnd4j's generic conv op, and training fell to a third when that was tried.
 * <p>
 * Why a stand-in rather than layer subclasses that set their helper: DL4J then picks helpers itself, for every layer
 * however it is built (from a configuration, a checkpoint, a transfer copy, a frozen wrapper), and checkpoints keep
 * naming only DL4J's classes. Delete this class with the DL4J version that fixes the lookup.
 */
public final class Nd4jCpu {

    private Nd4jCpu() {
    }

    public static final class Environment {

        private static final Environment INSTANCE = new Environment();
        private static volatile Boolean buildHasOneDnn;

        private Environment() {
        }

        public static Environment getInstance() {
            return INSTANCE;
        }

        /** DL4J calls this only on the CPU backend, after ND4J loaded. */
        public boolean isUseMKLDNN() {
            if (buildHasOneDnn == null) {
                buildHasOneDnn = NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo().contains("HAVE_ONEDNN");
            }
            return buildHasOneDnn && org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance()
                    .isUseONEDNN();
        }
    }
}
