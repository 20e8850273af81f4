package io.transferlab.network.backend;

import org.bytedeco.javacpp.Loader;
import org.deeplearning4j.config.DL4JSystemProperties;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sets up ND4J's native code for every process that trains or evaluates a net (trainer, evaluator, benchmark, tests):
 * {@link #prepare} before ND4J loads, {@link #verify} after. Both oneDNN builds ship; the one this CPU can run is
 * chosen here, and DL4J's layer helpers, off by default in 1.0.0-M2.1, are turned on (the other half of that switch
 * is {@link org.nd4j.nativeblas.Nd4jCpu}).
 */
public final class NativeRuntime {

    /** JavaCPP's switch between the native builds on the class path; read once, when ND4J first loads. */
    public static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
    /** The setting of processes without typed configuration (benchmark, tests): auto, onednn or onednn-avx512. */
    public static final String BUILD_PROPERTY = "transferlab.native.build";
    public static final String BUILD_ENV = "TRANSFERLAB_NATIVE_BUILD";
    /**
     * JavaCPP's second guard on native memory: on every native allocation it reads the process's resident size from
     * /proc and compares it with this limit, 3% of a batch-32 training step here (profiled). 0 turns that check off;
     * its first guard, the native bytes JavaCPP allocated against {@code org.bytedeco.javacpp.maxBytes} (the heap's
     * size), stays. Set only where the process was not told otherwise (in either of JavaCPP's spellings: the
     * Kubernetes evaluator sets a limit).
     */
    public static final String PHYSICAL_BYTES_PROPERTY = "org.bytedeco.javacpp.maxPhysicalBytes";

    private NativeRuntime() {
    }

    /** {@link #prepare(String)} with the setting from {@value #BUILD_PROPERTY} or {@value #BUILD_ENV}, else auto. */
    public static NativeBuild prepare() {
        String setting = System.getProperty(BUILD_PROPERTY, System.getenv().getOrDefault(BUILD_ENV, NativeBuild.AUTO));
        return prepare(setting);
    }

    /**
     * Chooses the native build for this CPU (or the one the setting forces) and lets DL4J create layer helpers. Must
     * run before ND4J loads and before any net is built; later, the build already loaded stays ({@link #verify} says
     * which).
     */
    public static NativeBuild prepare(String buildSetting) {
        NativeBuild build = NativeBuild.choose(buildSetting, CpuFeatures.read());
        System.setProperty(EXTENSION_PROPERTY, build.extension());
        if (System.getProperty(PHYSICAL_BYTES_PROPERTY) == null
                && System.getProperty(PHYSICAL_BYTES_PROPERTY.toLowerCase(Locale.ROOT)) == null) {
            System.setProperty(PHYSICAL_BYTES_PROPERTY, "0");
        }
        allowHelpers();
        return build;
    }

    /**
     * Lets DL4J create layer helpers (it reads this on every layer it builds); the one step of {@link #prepare} that
     * also applies to the CUDA backend, whose natives JavaCPP picks by their own extension.
     */
    public static void allowHelpers() {
        System.setProperty(DL4JSystemProperties.DISABLE_HELPER_PROPERTY, "false");
    }

    /** Loads ND4J if it is not yet and says what it runs on; with {@link HelperPolicy#REFUSE}, no helper is fatal. */
    public static NativeState verify(HelperPolicy policy) {
        NativeState state = inspect();
        if (!state.helpersOn() && policy == HelperPolicy.REFUSE) {
            throw new BackendRefusedException(state.line() + ": refusing to start without the helpers"
                    + " (transferlab.native.helpers=refuse)");
        }
        return state;
    }

    static NativeState inspect() {
        String backend = Nd4j.getExecutioner().getEnvironmentInformation().getProperty("backend", "unknown");
        List<String> libraries = Arrays.stream(NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo()
                        .split("\n")).map(String::strip).filter(line -> line.startsWith("HAVE_"))
                .map(line -> line.substring("HAVE_".length())).toList();
        return new NativeState(backend, loadedBuild(), libraries, convHelper());
    }

    /** The classifier of the jar the native library came from: JavaCPP unpacks it to a folder of that name. */
    private static String loadedBuild() {
        Map<String, String> loaded = Loader.getLoadedLibraries();
        String path = loaded.getOrDefault("nd4jcpu", loaded.get("nd4jcuda"));
        if (path == null) {
            return "unknown";
        }
        Path parent = Path.of(path).getParent();
        return parent == null ? "unknown" : parent.getFileName().toString();
    }

    /** The helper DL4J gives a convolution layer built now, as every net's layers are built. */
    private static String convHelper() {
        MultiLayerNetwork probe = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().dataType(DataType.FLOAT)
                .list()
                .layer(new ConvolutionLayer.Builder(1, 1).nOut(1).build())
                .layer(new OutputLayer.Builder().nOut(2).build())
                .setInputType(InputType.convolutional(2, 2, 1))
                .build());
        probe.init();
        Object helper = ((org.deeplearning4j.nn.layers.convolution.ConvolutionLayer) probe.getLayer(0)).getHelper();
        return helper == null ? null : helper.getClass().getSimpleName();
    }
}
