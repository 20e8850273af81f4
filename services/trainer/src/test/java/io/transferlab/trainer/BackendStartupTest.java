package io.transferlab.trainer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.transferlab.testsupport.LocalServersResource;
import io.transferlab.testsupport.MetricsScrape;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backend chosen at start (no GPU and no CUDA backend here: the CPU) is the one ND4J runs on and the one the
 * metrics name. Same profile as {@link TrainerServiceTest}, so no second start.
 */
@QuarkusTest
@QuarkusTestResource(LocalServersResource.class)
@TestProfile(TrainerServiceTest.ProgressEveryIteration.class)
class BackendStartupTest {

    @TestHTTPResource("/q/metrics")
    URI metrics;

    @Test
    void theCpuBackendIsChosenLoadedAndExposed() {
        assertThat(Nd4j.getBackend().getClass().getSimpleName()).isEqualTo("CpuBackend");
        MetricsScrape scrape = MetricsScrape.of(metrics);
        assertThat(scrape.get("transferlab_trainer_backend_info", "backend", "cpu")).isEqualTo(1.0);
        assertThat(scrape.find("transferlab_trainer_backend_info")).hasSize(1);
    }
}
