package io.transferlab.network.backend;

import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class NativeCacheTest {

    private static final String PLATFORM = Loader.getPlatform();
    private static final long STAMP = 1_600_000_000_000L;

    @Test
    void unpacksTheNamedFoldersWithTheJarsTimeStamps_andNoPlainBuildWhereAnExtensionIsNamed() throws IOException {
        Path dir = Files.createTempDirectory("native-cache-test");
        Path natives = jar(dir.resolve("natives-" + System.nanoTime() + ".jar"),
                "org/lib/" + PLATFORM + "/libplain.so", "org/lib/" + PLATFORM + "-onednn/libfast.so",
                "org/lib/" + PLATFORM + "-other/libother.so", "org/blas/" + PLATFORM + "/libblas.so",
                "META-INF/native-image/" + PLATFORM + "/config.json");
        List<File> unpacked = NativeCache.unpack(List.of(natives), Set.of(PLATFORM, PLATFORM + "-onednn"));

        File root = new File(Loader.getCacheDir(), natives.getFileName().toString());
        assertThat(unpacked).containsExactlyInAnyOrder(new File(root, "org/lib/" + PLATFORM + "-onednn"),
                new File(root, "org/blas/" + PLATFORM));
        File fast = new File(root, "org/lib/" + PLATFORM + "-onednn/libfast.so");
        // JavaCPP reuses a cached file only with the entry's size and time stamp.
        assertThat(fast).hasContent("org/lib/" + PLATFORM + "-onednn/libfast.so");
        assertThat(fast.lastModified()).isEqualTo(STAMP);
        assertThat(new File(root, "org/lib/" + PLATFORM + "/libplain.so")).doesNotExist();
        assertThat(new File(root, "org/lib/" + PLATFORM + "-other")).doesNotExist();
        Loader.deleteDirectory(root);
    }

    /** A jar whose entries hold their own names, with their folders, all stamped {@link #STAMP}. */
    private static Path jar(Path path, String... files) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(path))) {
            Set<String> folders = new TreeSet<>();
            for (String file : files) {
                for (int i = file.indexOf('/'); i >= 0; i = file.indexOf('/', i + 1)) {
                    folders.add(file.substring(0, i + 1));
                }
            }
            for (String name : folders) {
                JarEntry entry = new JarEntry(name);
                entry.setTime(STAMP);
                out.putNextEntry(entry);
                out.closeEntry();
            }
            for (String file : files) {
                JarEntry entry = new JarEntry(file);
                entry.setTime(STAMP);
                out.putNextEntry(entry);
                out.write(file.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return path;
    }
}
