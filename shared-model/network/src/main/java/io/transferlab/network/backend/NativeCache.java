package io.transferlab.network.backend;

import org.bytedeco.javacpp.Loader;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Unpacks native libraries into JavaCPP's cache when an image is built, so that a container finds them there instead
 * of unpacking hundreds of megabytes into its writable layer at every start:
 * {@code java -Dorg.bytedeco.javacpp.cachedir=DIR -cp 'lib/main/*' io.transferlab.network.backend.NativeCache
 * linux-x86_64-onednn linux-x86_64-onednn-avx512}. It loads nothing: a build machine needs neither the CPU a build is
 * for nor a GPU. The unpacking is JavaCPP's own ({@link Loader#cacheResource(URL)}), so files get the size and time
 * stamp that JavaCPP compares at start to reuse them.
 */
public final class NativeCache {

    private NativeCache() {
    }

    /** {@link #unpack} on every jar of the class path, with the folders named; prints what it unpacked. */
    public static void main(String[] folders) throws IOException {
        if (folders.length == 0) {
            throw new IllegalArgumentException("name the platform folders to unpack, e.g. linux-x86_64-onednn");
        }
        List<Path> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(path -> path.endsWith(".jar")).map(Path::of).toList();
        long bytes = 0;
        for (File unpacked : unpack(jars, Set.of(folders))) {
            long size = size(unpacked);
            bytes += size;
            System.out.printf("%,d MB  %s%n", size >> 20, unpacked);
        }
        System.out.printf("%,d MB unpacked into %s%n", bytes >> 20, Loader.getCacheDir());
    }

    /**
     * Unpacks, from the given jars, the JavaCPP platform folders (under {@code org/}, where JavaCPP's and ND4J's
     * natives live) named (platform and extension, e.g. {@code linux-x86_64-onednn}). A plain platform folder
     * ({@code linux-x86_64}) is left out where a named extension of it exists beside it: JavaCPP loads the
     * extension's build there and falls back to the plain one only where there is none.
     */
    static List<File> unpack(List<Path> jars, Set<String> wanted) throws IOException {
        List<String[]> found = new ArrayList<>();                  // {jar, folder entry}
        Set<String> extended = new HashSet<>();                    // parents that have a named extension folder
        for (Path path : jars) {
            try (JarFile jar = new JarFile(path.toFile())) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    String name = entries.nextElement().getName();
                    String folder = folder(name);
                    if (name.startsWith("org/") && name.endsWith("/") && wanted.contains(folder)) {
                        found.add(new String[] {path.toUri().toString(), name});
                        if (!folder.equals(Loader.getPlatform())) {
                            extended.add(parent(name));
                        }
                    }
                }
            }
        }
        List<File> unpacked = new ArrayList<>();
        for (String[] entry : found) {
            if (!(folder(entry[1]).equals(Loader.getPlatform()) && extended.contains(parent(entry[1])))) {
                unpacked.add(Loader.cacheResource(new URL("jar:" + entry[0] + "!/" + entry[1])));
            }
        }
        return unpacked;
    }

    private static String folder(String entry) {
        String trimmed = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static String parent(String entry) {
        String trimmed = entry.substring(0, entry.length() - 1);
        return trimmed.substring(0, Math.max(0, trimmed.lastIndexOf('/')));
    }

    private static long size(File file) {
        File[] children = file.listFiles();
        if (children == null) {
            return file.length();
        }
        long sum = 0;
        for (File child : children) {
            sum += size(child);
        }
        return sum;
    }
}
