package io.transferlab.contracts.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which images each sweep seed's nets train and validate on. The class split and the test images are fixed for every
 * draw: nets of all seeds are scored on the same held-out images. Intervals over seeds cover the variance of what
 * the seeds change, and only that ({@link #variance()}).
 */
public enum DataDraw {
    /** Each seed draws its own training subset and validation part of each half (the default). */
    PER_SEED("per-seed"),
    /** One draw, from the split's randomSeed, for every seed, as the paper's nets all saw the same images. */
    FIXED("fixed"),
    /** Seeds 2k-1 and 2k share draw k: two independent training replicas on the same data (an A/A calibration). */
    PAIRED_SEEDS("paired-seeds");

    private final String label;

    DataDraw(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /**
     * The data seed of a sweep seed's draw, equal for seeds that share a draw: the sweep seed (per-seed), k for seeds
     * 2k-1 and 2k (paired-seeds), or the split's seed (fixed).
     */
    public long dataSeed(long sweepSeed, long splitSeed) {
        return switch (this) {
            case PER_SEED -> sweepSeed;
            case FIXED -> splitSeed;
            case PAIRED_SEEDS -> Math.floorDiv(sweepSeed + 1, 2);
        };
    }

    /** The sources of variance that intervals over the seeds of a run with this draw cover, in words. */
    public String variance() {
        return switch (this) {
            case PER_SEED -> "weight initialisation, batch order and the draw of each half's training and validation"
                    + " images; not the class split or the test images";
            case FIXED -> "weight initialisation and batch order only; not the data drawn (one draw for all seeds),"
                    + " the class split or the test images";
            case PAIRED_SEEDS -> "weight initialisation and batch order within a pair of seeds (2k-1, 2k share their"
                    + " training and validation images); between pairs also the draw of those images; not the class"
                    + " split or the test images";
        };
    }

    /** The seeds without their partner under paired-seeds (2k-1 needs 2k and 2k needs 2k-1); empty otherwise. */
    public List<Long> unpaired(List<Long> seeds) {
        if (this != PAIRED_SEEDS) {
            return List.of();
        }
        return seeds.stream().filter(s -> s != null && !seeds.contains(Math.floorMod(s, 2) == 1 ? s + 1 : s - 1))
                .toList();
    }

    @JsonCreator
    public static DataDraw fromLabel(String label) {
        return Arrays.stream(values()).filter(d -> d.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown data draw '" + label + "' (known: "
                        + Arrays.stream(values()).map(DataDraw::label).collect(Collectors.joining(", ")) + ")"));
    }
}
