package io.transferlab.trainer.backend;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.transferlab.network.backend.CpuFeatures;
import io.transferlab.network.backend.HelperPolicy;
import io.transferlab.network.backend.NativeBuild;
import io.transferlab.network.backend.NativeRuntime;
import io.transferlab.network.backend.NativeState;
import io.transferlab.testsupport.LocalServersResource;
import io.transferlab.testsupport.MetricsScrape;
import io.transferlab.trainer.ProgressEveryIteration;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backend chosen at start (no GPU and no CUDA backend here: the CPU) is the one ND4J runs on and the one the
 * metrics name, with the native build chosen for this CPU and the oneDNN helpers on. Same profile as the other
 * service tests, so no second start.
 */
@QuarkusTest
@QuarkusTestResource(LocalServersResource.class)
@TestProfile(ProgressEveryIteration.class)
class BackendStartupTest {

    @TestHTTPResource("/q/metrics")
    URI metrics;

    @Test
    void theCpuBackendIsChosenLoadedAndExposed() {
        assertThat(Nd4j.getBackend().getClass().getSimpleName()).isEqualTo("CpuBackend");
        MetricsScrape scrape = MetricsScrape.of(metrics);
        assertThat(scrape.find("transferlab_trainer_backend_info")).hasSize(1);
        assertThat(scrape.get("transferlab_trainer_backend_info", "backend", "cpu")).isEqualTo(1.0);
        String build = NativeBuild.choose(NativeBuild.AUTO, CpuFeatures.read()).setting();
        assertThat(scrape.get("transferlab_trainer_backend_info", "native_build", build)).isEqualTo(1.0);
        assertThat(scrape.get("transferlab_trainer_backend_info", "helpers", "on")).isEqualTo(1.0);
    }

    @Test
    void convolutionsRunInOneDnnOnTheBuildForThisCpu() {
        NativeState state = NativeRuntime.verify(HelperPolicy.REFUSE);
        assertThat(state.nativeBuild()).isEqualTo("linux-x86_64"
                + NativeBuild.choose(NativeBuild.AUTO, CpuFeatures.read()).extension());
        assertThat(state.convHelper()).isEqualTo("MKLDNNConvHelper");
    }
}
