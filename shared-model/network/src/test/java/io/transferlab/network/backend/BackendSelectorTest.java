package io.transferlab.network.backend;

import io.transferlab.network.backend.BackendSelector.Selection;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.transferlab.network.backend.BackendMode.AUTO;
import static io.transferlab.network.backend.BackendMode.CUDA;
import static io.transferlab.network.backend.UnsupportedGpuPolicy.FALLBACK;
import static io.transferlab.network.backend.UnsupportedGpuPolicy.REFUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackendSelectorTest {

    private static final GpuScan RTX3090 = NvidiaSmi.parse(0, "NVIDIA GeForce RTX 3090, 8.6");
    private static final GpuScan A100 = NvidiaSmi.parse(0, "NVIDIA A100-SXM4-40GB, 8.0");
    private static final GpuScan H100 = NvidiaSmi.parse(0, "NVIDIA H100, 9.0");
    private static final GpuScan MALFORMED = NvidiaSmi.parse(0, "NVIDIA H100, [N/A]");
    private static final String H100_TOO_NEW =
            "GPU NVIDIA H100 (compute capability 9.0) is newer than nd4j-cuda-11.6 supports (<= 8.6)";

    private static Selection select(BackendMode mode, UnsupportedGpuPolicy policy, boolean cuda, GpuScan scan) {
        return new BackendSelector(mode, policy).select(cuda, scan);
    }

    @Test
    void cpuRequestedIsCpuWhateverTheMachine() {
        for (GpuScan scan : List.of(GpuScan.NONE, RTX3090, A100, H100, MALFORMED)) {
            for (UnsupportedGpuPolicy policy : UnsupportedGpuPolicy.values()) {
                for (boolean cuda : new boolean[] {true, false}) {
                    assertThat(select(BackendMode.CPU, policy, cuda, scan)).isEqualTo(new Selection(
                            ComputeBackend.CPU, false, "transferlab.trainer.backend=cpu: using the CPU backend"));
                }
            }
        }
    }

    @Test
    void supportedGpuWithCudaInTheBuildIsCuda() {
        for (BackendMode mode : List.of(AUTO, CUDA)) {
            for (UnsupportedGpuPolicy policy : UnsupportedGpuPolicy.values()) {
                assertThat(select(mode, policy, true, RTX3090)).isEqualTo(new Selection(ComputeBackend.CUDA, false,
                        "GPU NVIDIA GeForce RTX 3090 (compute capability 8.6): using the CUDA backend"));
                assertThat(select(mode, policy, true, A100).backend()).isEqualTo(ComputeBackend.CUDA);
            }
        }
    }

    @Test
    void autoWithoutAnyGpuIsCpuEvenWhenRefusing() {
        for (UnsupportedGpuPolicy policy : UnsupportedGpuPolicy.values()) {
            for (boolean cuda : new boolean[] {true, false}) {
                assertThat(select(AUTO, policy, cuda, GpuScan.NONE)).isEqualTo(new Selection(ComputeBackend.CPU,
                        false, "no NVIDIA GPU found: using the CPU backend"));
            }
        }
    }

    @Test
    void hopperFallsBackToCpuWithOneLineOfExplanation() {
        assertThat(select(AUTO, FALLBACK, true, H100)).isEqualTo(
                new Selection(ComputeBackend.CPU, true, H100_TOO_NEW + ": using the CPU backend"));
        assertThat(select(AUTO, FALLBACK, false, H100).reason()).isEqualTo(H100_TOO_NEW + ": using the CPU backend");
    }

    @Test
    void hopperRefusesWhenSoConfigured() {
        assertThatThrownBy(() -> select(AUTO, REFUSE, true, H100)).isInstanceOf(BackendRefusedException.class)
                .hasMessage(H100_TOO_NEW + ": refusing to start (transferlab.trainer.unsupported-gpu=refuse)");
    }

    @Test
    void aGpuWithoutTheCudaBuildFallsBackOrRefuses() {
        String why = "GPU NVIDIA A100-SXM4-40GB (compute capability 8.0) found, but this trainer was built without"
                + " the CUDA backend (build it with -Pcuda)";
        assertThat(select(AUTO, FALLBACK, false, A100))
                .isEqualTo(new Selection(ComputeBackend.CPU, true, why + ": using the CPU backend"));
        assertThatThrownBy(() -> select(AUTO, REFUSE, false, A100)).hasMessageStartingWith(why + ": refusing");
    }

    @Test
    void unreadableNvidiaSmiIsAnUnusableGpu() {
        assertThat(select(AUTO, FALLBACK, true, MALFORMED)).isEqualTo(new Selection(ComputeBackend.CPU, true,
                "unexpected nvidia-smi output 'NVIDIA H100, [N/A]': using the CPU backend"));
        assertThatThrownBy(() -> select(AUTO, REFUSE, true, MALFORMED)).isInstanceOf(BackendRefusedException.class);
    }

    @Test
    void cudaRequestedButImpossibleRefusesWhateverThePolicy() {
        for (UnsupportedGpuPolicy policy : UnsupportedGpuPolicy.values()) {
            assertThatThrownBy(() -> select(CUDA, policy, true, H100)).isInstanceOf(BackendRefusedException.class)
                    .hasMessage(H100_TOO_NEW + ": cannot use the CUDA backend that transferlab.trainer.backend=cuda"
                            + " requires");
            assertThatThrownBy(() -> select(CUDA, policy, true, GpuScan.NONE))
                    .hasMessageStartingWith("no NVIDIA GPU found: cannot use the CUDA backend");
            assertThatThrownBy(() -> select(CUDA, policy, false, RTX3090))
                    .hasMessageContaining("built without the CUDA backend");
            assertThatThrownBy(() -> select(CUDA, policy, true, MALFORMED))
                    .isInstanceOf(BackendRefusedException.class);
        }
    }

    @Test
    void kernelsRunOnLaterMinorVersionsOfTheirMajorOnly() {
        // Ada (8.9) runs the sm_86 kernels; Hopper (9.0) and Kepler before the K80 (3.5) have none.
        assertThat(select(AUTO, FALLBACK, true, NvidiaSmi.parse(0, "NVIDIA GeForce RTX 4090, 8.9")).backend())
                .isEqualTo(ComputeBackend.CUDA);
        assertThat(BackendSelector.hasKernels(new Gpu("Jetson AGX Orin", 8, 7))).isTrue();
        assertThat(BackendSelector.hasKernels(new Gpu("Tesla K80", 3, 7))).isTrue();
        assertThat(BackendSelector.hasKernels(new Gpu("NVIDIA B200", 10, 0))).isFalse();
        assertThat(select(AUTO, FALLBACK, true, NvidiaSmi.parse(0, "Tesla K40m, 3.5")).reason()).isEqualTo(
                "GPU Tesla K40m (compute capability 3.5) is older than nd4j-cuda-11.6 supports (>= 3.7): using the"
                        + " CPU backend");
    }

    @Test
    void anyUnsupportedGpuOfSeveralRulesOutCuda() {
        GpuScan mixed = NvidiaSmi.parse(0, "NVIDIA A100-SXM4-40GB, 8.0\nNVIDIA H100, 9.0");
        assertThat(select(AUTO, FALLBACK, true, mixed).reason()).isEqualTo(H100_TOO_NEW + ": using the CPU backend");
    }

    @Test
    void confirmAcceptsTheSelectedBackend() {
        Selection cuda = select(AUTO, FALLBACK, true, A100);
        assertThat(new BackendSelector(AUTO, FALLBACK).confirm(cuda, ComputeBackend.CUDA)).isEqualTo(cuda);
    }

    @Test
    void cudaThatNd4jCouldNotStartFallsBackOnlyWhereAllowed() {
        Selection cuda = select(AUTO, FALLBACK, true, A100);
        assertThat(new BackendSelector(AUTO, FALLBACK).confirm(cuda, ComputeBackend.CPU)).isEqualTo(new Selection(
                ComputeBackend.CPU, true,
                "ND4J could not start its CUDA backend (see ND4J's log above): using the CPU backend"));
        assertThatThrownBy(() -> new BackendSelector(AUTO, REFUSE).confirm(cuda, ComputeBackend.CPU))
                .isInstanceOf(BackendRefusedException.class);
        assertThatThrownBy(() -> new BackendSelector(CUDA, FALLBACK).confirm(cuda, ComputeBackend.CPU))
                .isInstanceOf(BackendRefusedException.class);
    }

    @Test
    void cudaLoadedAgainstTheSelectionRefuses() {
        Selection cpu = select(AUTO, FALLBACK, true, H100);
        assertThatThrownBy(() -> new BackendSelector(AUTO, FALLBACK).confirm(cpu, ComputeBackend.CUDA))
                .isInstanceOf(BackendRefusedException.class)
                .hasMessageContaining("ND4J loaded the CUDA backend although the CPU backend was selected");
    }
}
