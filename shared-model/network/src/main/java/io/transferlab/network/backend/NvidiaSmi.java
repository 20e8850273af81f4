package io.transferlab.network.backend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asks nvidia-smi which NVIDIA GPUs this machine (or container) has and their compute capabilities. */
public final class NvidiaSmi {

    static final List<String> COMMAND =
            List.of("nvidia-smi", "--query-gpu=name,compute_cap", "--format=csv,noheader");
    private static final Pattern LINE = Pattern.compile("(.+),\\s*(\\d+)\\.(\\d+)");
    // A wedged driver can make nvidia-smi hang; start-up must not.
    private static final long TIMEOUT_SECONDS = 10;

    private NvidiaSmi() {
    }

    public static GpuScan scan() {
        return scan(COMMAND);
    }

    static GpuScan scan(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return GpuScan.NONE; // nvidia-smi comes with the driver: without it no GPU is usable
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return GpuScan.problem("nvidia-smi did not answer within " + TIMEOUT_SECONDS + " s");
            }
            // Read after exit: the answer is a line per GPU, far below the pipe's buffer.
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return parse(process.exitValue(), output);
        } catch (IOException e) {
            return GpuScan.problem("nvidia-smi could not be read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GpuScan.problem("interrupted while waiting for nvidia-smi");
        }
    }

    /** Parses {@code name, major.minor} lines, e.g. {@code NVIDIA A100-SXM4-40GB, 8.0}. */
    static GpuScan parse(int exitCode, String output) {
        String trimmed = output.strip();
        if (trimmed.contains("No devices were found")) {
            return GpuScan.NONE;
        }
        if (exitCode != 0) {
            return GpuScan.problem("nvidia-smi failed (exit " + exitCode + "): " + firstLine(trimmed));
        }
        List<Gpu> gpus = new ArrayList<>();
        for (String line : trimmed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                return GpuScan.problem("unexpected nvidia-smi output '" + line + "'");
            }
            gpus.add(new Gpu(m.group(1).strip(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        return new GpuScan(gpus, null);
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("no output");
    }
}
