package io.transferlab.network.backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The instruction-set flags of this CPU as the kernel lists them in {@code /proc/cpuinfo}. */
public record CpuFeatures(Set<String> flags) {

    /**
     * What libnd4j's AVX-512 builds are compiled for (Skylake-AVX512); lacking any of them, such a build exits the JVM
     * while loading (exit 119).
     */
    public static final List<String> AVX512 = List.of("avx512f", "avx512vl", "avx512bw", "avx512dq", "avx512cd");

    public static CpuFeatures read() {
        try {
            return parse(Files.readString(Path.of("/proc/cpuinfo")));
        } catch (IOException e) {
            return new CpuFeatures(Set.of());
        }
    }

    /** The first processor's flags; the kernel lists the same on every core. */
    public static CpuFeatures parse(String cpuinfo) {
        return new CpuFeatures(cpuinfo.lines()
                .filter(line -> line.startsWith("flags") && line.indexOf(':') > 0)
                .findFirst()
                .map(line -> Arrays.stream(line.substring(line.indexOf(':') + 1).trim().split("\\s+"))
                        .filter(flag -> !flag.isEmpty()).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of()));
    }

    public boolean avx512() {
        return flags.containsAll(AVX512);
    }

    /** The AVX-512 flags an AVX-512 build needs and this CPU lacks. */
    public List<String> missingAvx512() {
        return AVX512.stream().filter(flag -> !flags.contains(flag)).toList();
    }
}
