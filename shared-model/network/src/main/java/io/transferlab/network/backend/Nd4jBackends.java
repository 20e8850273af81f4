package io.transferlab.network.backend;

import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.factory.Nd4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Applies a backend choice to ND4J. ND4J takes the available backend of highest priority (CUDA over CPU), and reads
 * priorities only from the environment (BACKEND_PRIORITY_CPU, BACKEND_PRIORITY_GPU), which a running JVM cannot
 * change; but it finds backends through {@link ND4JClassLoading}'s class loader, which it lets us replace. Hiding the
 * CUDA backend's registration there keeps ND4J on the CPU in an image that has both.
 */
public final class Nd4jBackends {

    static final String SERVICE_FILE = "META-INF/services/org.nd4j.linalg.factory.Nd4jBackend";

    private Nd4jBackends() {
    }

    /** Whether this build carries the CUDA backend (the trainer's {@code cuda} profile). */
    public static boolean cudaInBuild() {
        return loader().getResource(ComputeBackend.CUDA.backendClass().replace('.', '/') + ".class") != null;
    }

    /** Keeps ND4J from loading the CUDA backend; effective only before ND4J first initialises. */
    public static void hideCuda() {
        ND4JClassLoading.setNd4jClassloader(hiding(loader(), ComputeBackend.CUDA));
    }

    /** Initialises ND4J if it is not yet, and says which backend it runs on. */
    public static ComputeBackend loaded() {
        String name;
        try {
            name = Nd4j.getBackend().getClass().getName();
        } catch (RuntimeException | LinkageError e) {
            throw new BackendRefusedException("ND4J could not initialise a backend: " + rootMessage(e), e);
        }
        for (ComputeBackend backend : ComputeBackend.values()) {
            if (backend.backendClass().equals(name)) {
                return backend;
            }
        }
        throw new BackendRefusedException("ND4J loaded an unexpected backend " + name);
    }

    static ClassLoader hiding(ClassLoader parent, ComputeBackend hidden) {
        return new ClassLoader(parent) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                Enumeration<URL> found = super.getResources(name);
                if (!SERVICE_FILE.equals(name)) {
                    return found;
                }
                List<URL> kept = new ArrayList<>();
                for (URL url : Collections.list(found)) {
                    if (!providers(url).contains(hidden.backendClass())) {
                        kept.add(url);
                    }
                }
                return Collections.enumeration(kept);
            }
        };
    }

    private static List<String> providers(URL serviceFile) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(serviceFile.openStream(), StandardCharsets.UTF_8))) {
            return in.lines().map(line -> line.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClassLoader loader() {
        ClassLoader loader = ND4JClassLoading.getNd4jClassloader();
        return loader != null ? loader : Nd4jBackends.class.getClassLoader();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
