package io.transferlab.network.backend;

import io.transferlab.network.Fixtures;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The native set-up that every process runs: in this JVM (prepared by the test session, as a service prepares itself
 * at start, so every other test of this module trains on the helper path too) and in child JVMs for the builds this
 * JVM did not load.
 */
class NativeRuntimeTest {

    @Test
    void thisJvmRunsConvolutionsInOneDnnOnTheBuildForItsCpu() {
        NativeState state = NativeRuntime.verify(HelperPolicy.REFUSE);
        NativeBuild expected = NativeBuild.choose(NativeBuild.AUTO, CpuFeatures.read());
        assertThat(state.backend()).isEqualTo("CPU");
        assertThat(state.nativeBuild()).isEqualTo("linux-x86_64" + expected.extension());
        assertThat(state.buildTag()).isEqualTo(expected.setting());
        assertThat(state.oneDnn()).isTrue();
        assertThat(state.convHelper()).isEqualTo("MKLDNNConvHelper");
        assertThat(state.line()).contains("native build linux-x86_64" + expected.extension(), "ONEDNN",
                "helpers on: convolutions run in MKLDNNConvHelper");
    }

    /** Prepared before JavaCPP loaded: no resident-size read per allocation, the allocated-bytes guard kept. */
    @Test
    void javaCppGuardsNativeMemoryByItsOwnCountOnly() {
        NativeRuntime.verify(HelperPolicy.REFUSE);
        assertThat(Pointer.maxPhysicalBytes()).isZero();
        assertThat(Pointer.maxBytes()).isEqualTo(Runtime.getRuntime().maxMemory());
    }

    @Test
    void aNetTrainedOnTheHelperPathConverges() {
        assertThat(Fixtures.trainedAccuracy(60)).isGreaterThan(0.9);
    }

    @Test
    void theGenericOneDnnBuildForcedByConfigurationTrainsWithTheHelper() throws Exception {
        Map<String, String> out = probe(0, "onednn", "REFUSE", "60");
        assertThat(out).containsEntry("BUILD", "linux-x86_64-onednn").containsEntry("HELPER", "MKLDNNConvHelper");
        assertThat(Double.parseDouble(out.get("ACCURACY"))).isGreaterThan(0.9);
    }

    @Test
    void aBuildWithoutOneDnnGetsNoHelperAndOnlyAWarningByDefault() throws Exception {
        Map<String, String> out = probe(0, "plain", "WARN", "0");
        assertThat(out).containsEntry("BUILD", "linux-x86_64").containsEntry("HELPER", "null");
        assertThat(out.get("LINE")).contains("helpers off");
    }

    @Test
    void aBuildWithoutOneDnnIsRefusedWhenTheConfigurationSaysSo() throws Exception {
        Map<String, String> out = probe(3, "plain", "REFUSE", "0");
        assertThat(out.get("REFUSED")).contains("native build linux-x86_64 (", "helpers off",
                "refusing to start without the helpers");
    }

    /** Runs {@link NativeProbe} in a child JVM on this test's class path; its {@code KEY value} lines. */
    private static Map<String, String> probe(int expectedExit, String... args) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), NativeProbe.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(expectedExit);
        return output.lines().filter(line -> line.matches("[A-Z]+ .*"))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf(' ')),
                        line -> line.substring(line.indexOf(' ') + 1), (a, b) -> b));
    }
}
