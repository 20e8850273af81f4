package io.transferlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * This machine in one line, with an estimated single-precision peak: cores x clock x FLOPs per cycle, where a core
 * with AVX-512 is taken to retire two 16-wide fused multiply-adds per cycle (64 FLOPs), with AVX2 and FMA two 8-wide
 * ones (32), else 8. An estimate: turbo clocks and a single FMA port change it by up to 2x either way.
 */
record Machine(String model, int cores, double mhz, String isa, int flopsPerCycle) {

    static Machine detect() {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
        } catch (IOException e) {
            lines = List.of();
        }
        String model = field(lines, "model name", "unknown CPU");
        double mhz = Double.parseDouble(field(lines, "cpu MHz", "0"));
        String flags = " " + field(lines, "flags", "") + " ";
        String isa = flags.contains(" avx512f ") ? "AVX-512" : flags.contains(" avx2 ") && flags.contains(" fma ")
                ? "AVX2+FMA" : "SSE";
        int perCycle = switch (isa) {
            case "AVX-512" -> 64;
            case "AVX2+FMA" -> 32;
            default -> 8;
        };
        return new Machine(model, Runtime.getRuntime().availableProcessors(), mhz, isa, perCycle);
    }

    double peakGflops() {
        return cores * mhz / 1000 * flopsPerCycle;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "model=\"%s\" cores=%d mhz=%.0f isa=%s peak_gflops=%.1f", model, cores, mhz,
                isa, peakGflops());
    }

    private static String field(List<String> lines, String name, String otherwise) {
        return lines.stream().filter(line -> line.startsWith(name)).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse(otherwise);
    }
}
