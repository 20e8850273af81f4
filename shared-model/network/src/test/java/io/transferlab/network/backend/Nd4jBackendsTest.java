package io.transferlab.network.backend;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Nd4jBackendsTest {

    /** A class path holding the CPU backend (this module's) and a CUDA backend's registration beside it. */
    private static ClassLoader withCudaRegistration(Path dir) throws IOException {
        Path file = dir.resolve(Nd4jBackends.SERVICE_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# a licence header\n" + ComputeBackend.CUDA.backendClass() + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, Nd4jBackendsTest.class.getClassLoader());
    }

    private static List<String> registered(ClassLoader loader) throws IOException {
        List<String> names = new ArrayList<>();
        for (URL url : Collections.list(loader.getResources(Nd4jBackends.SERVICE_FILE))) {
            try (InputStream in = url.openStream()) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> l.startsWith("org.")).forEach(names::add);
            }
        }
        return names;
    }

    @Test
    void hidingCudaLeavesOnlyTheCpuBackendRegistered(@TempDir Path dir) throws IOException {
        ClassLoader both = withCudaRegistration(dir);
        assertThat(registered(both)).containsExactlyInAnyOrder(ComputeBackend.CPU.backendClass(),
                ComputeBackend.CUDA.backendClass());
        assertThat(registered(Nd4jBackends.hiding(both, ComputeBackend.CUDA)))
                .containsExactly(ComputeBackend.CPU.backendClass());
    }

    @Test
    void classesAndOtherResourcesStillComeFromTheParent(@TempDir Path dir) throws Exception {
        ClassLoader both = withCudaRegistration(dir);
        ClassLoader hiding = Nd4jBackends.hiding(both, ComputeBackend.CUDA);
        assertThat(hiding.loadClass(ComputeBackend.CPU.backendClass()))
                .isSameAs(both.loadClass(ComputeBackend.CPU.backendClass()));
        assertThat(hiding.getResource("io/transferlab/network/version.properties")).isNotNull();
    }

    @Test
    void thisBuildIsCpuOnlyAndNd4jRunsOnTheCpu() {
        assertThat(Nd4jBackends.cudaInBuild()).isFalse();
        Nd4jBackends.hideCuda();
        assertThat(Nd4jBackends.loaded()).isEqualTo(ComputeBackend.CPU);
    }
}
