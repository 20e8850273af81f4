package io.transferlab.network.backend;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NvidiaSmiTest {

    @Test
    void readsOneLinePerGpu() {
        GpuScan scan = NvidiaSmi.parse(0, "NVIDIA GeForce RTX 3090, 8.6\nNVIDIA A100-SXM4-40GB, 8.0\n");
        assertThat(scan.problem()).isNull();
        assertThat(scan.gpus()).containsExactly(new Gpu("NVIDIA GeForce RTX 3090", 8, 6),
                new Gpu("NVIDIA A100-SXM4-40GB", 8, 0));
    }

    @Test
    void readsHopper() {
        assertThat(NvidiaSmi.parse(0, "NVIDIA H100 80GB HBM3, 9.0").gpus())
                .containsExactly(new Gpu("NVIDIA H100 80GB HBM3", 9, 0));
    }

    @Test
    void noDevicesIsNoGpu() {
        assertThat(NvidiaSmi.parse(6, "No devices were found\n")).isEqualTo(GpuScan.NONE);
        assertThat(NvidiaSmi.parse(0, "")).isEqualTo(GpuScan.NONE);
    }

    @Test
    void malformedOutputIsAProblemNotAGuess() {
        // Drivers older than R510 do not know the compute_cap field.
        GpuScan old = NvidiaSmi.parse(2, "Field \"compute_cap\" is not a valid field to query.\n\n");
        assertThat(old.gpus()).isEmpty();
        assertThat(old.problem()).isEqualTo("nvidia-smi failed (exit 2): Field \"compute_cap\" is not a valid field"
                + " to query.");
        assertThat(NvidiaSmi.parse(0, "NVIDIA A100, [N/A]").problem())
                .isEqualTo("unexpected nvidia-smi output 'NVIDIA A100, [N/A]'");
        assertThat(NvidiaSmi.parse(0, "NVIDIA A100, 8.0\ngarbage").problem())
                .isEqualTo("unexpected nvidia-smi output 'garbage'");
    }

    @Test
    void missingNvidiaSmiMeansNoGpu() {
        assertThat(NvidiaSmi.scan(List.of("/nonexistent/nvidia-smi"))).isEqualTo(GpuScan.NONE);
    }

    @Test
    void runsTheCommandAndParsesItsAnswer() {
        assertThat(NvidiaSmi.scan(List.of("sh", "-c", "echo 'NVIDIA GeForce RTX 3090, 8.6'")).gpus())
                .containsExactly(new Gpu("NVIDIA GeForce RTX 3090", 8, 6));
        assertThat(NvidiaSmi.scan(List.of("sh", "-c", "echo 'driver gone' >&2; exit 9")).problem())
                .isEqualTo("nvidia-smi failed (exit 9): driver gone");
    }
}
