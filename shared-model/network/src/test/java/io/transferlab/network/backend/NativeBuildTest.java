package io.transferlab.network.backend;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NativeBuildTest {

    private static final String SKYLAKE = """
            processor\t: 0
            model name\t: Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz
            flags\t\t: fpu sse2 avx avx2 fma avx512f avx512dq avx512cd avx512bw avx512vl avx512_vnni
            processor\t: 1
            flags\t\t: fpu sse2 avx avx2 fma avx512f avx512dq avx512cd avx512bw avx512vl avx512_vnni
            """;
    /** Alder Lake and Zen 3 class: AVX2 and FMA, no AVX-512. */
    private static final String AVX2_ONLY = "model name\t: AMD EPYC 7763\nflags\t\t: fpu sse2 avx avx2 fma bmi2\n";
    /** Xeon Phi (Knights Landing): AVX-512 foundation without the VL, BW and DQ extensions. */
    private static final String KNIGHTS_LANDING = "flags\t: avx2 fma avx512f avx512cd avx512er avx512pf\n";

    @Test
    void readsTheFlagsOfTheFirstProcessor() {
        assertThat(CpuFeatures.parse(SKYLAKE).flags()).contains("avx2", "avx512vl", "avx512_vnni").hasSize(11);
        assertThat(CpuFeatures.parse("model name: nothing else\n").flags()).isEmpty();
        assertThat(CpuFeatures.parse("").flags()).isEmpty();
    }

    @Test
    void avx512MeansEveryFlagTheAvx512BuildNeeds() {
        assertThat(CpuFeatures.parse(SKYLAKE).avx512()).isTrue();
        assertThat(CpuFeatures.parse(AVX2_ONLY).avx512()).isFalse();
        assertThat(CpuFeatures.parse(KNIGHTS_LANDING).avx512()).isFalse();
        assertThat(CpuFeatures.parse(KNIGHTS_LANDING).missingAvx512()).containsExactly("avx512vl", "avx512bw",
                "avx512dq");
    }

    @Test
    void autoPicksTheAvx512BuildOnlyWhereTheCpuRunsIt() {
        assertThat(NativeBuild.choose("auto", CpuFeatures.parse(SKYLAKE))).isEqualTo(NativeBuild.ONEDNN_AVX512);
        assertThat(NativeBuild.choose(null, CpuFeatures.parse(SKYLAKE))).isEqualTo(NativeBuild.ONEDNN_AVX512);
        assertThat(NativeBuild.choose("auto", CpuFeatures.parse(AVX2_ONLY))).isEqualTo(NativeBuild.ONEDNN);
        assertThat(NativeBuild.choose(" AUTO ", CpuFeatures.parse(KNIGHTS_LANDING))).isEqualTo(NativeBuild.ONEDNN);
        assertThat(NativeBuild.choose("auto", new CpuFeatures(Set.of()))).isEqualTo(NativeBuild.ONEDNN);
    }

    @Test
    void aForcedBuildIsTakenWhereItCanRunAndRefusedWhereItWouldExitTheJvm() {
        assertThat(NativeBuild.choose("onednn", CpuFeatures.parse(SKYLAKE))).isEqualTo(NativeBuild.ONEDNN);
        assertThat(NativeBuild.choose("onednn-avx512", CpuFeatures.parse(SKYLAKE)))
                .isEqualTo(NativeBuild.ONEDNN_AVX512);
        assertThat(NativeBuild.ONEDNN_AVX512.extension()).isEqualTo("-onednn-avx512");
        assertThatThrownBy(() -> NativeBuild.choose("onednn-avx512", CpuFeatures.parse(AVX2_ONLY)))
                .isInstanceOf(BackendRefusedException.class)
                .hasMessageContaining("lacks [avx512f, avx512vl, avx512bw, avx512dq, avx512cd]");
        assertThatThrownBy(() -> NativeBuild.choose("avx2", CpuFeatures.parse(SKYLAKE)))
                .isInstanceOf(BackendRefusedException.class)
                .hasMessage("unknown native build 'avx2' (known: auto, onednn, onednn-avx512)");
    }
}
