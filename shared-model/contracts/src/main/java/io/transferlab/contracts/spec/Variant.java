package io.transferlab.contracts.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The networks of the paper, named as the paper names them. A transfer variant "XnY" copies the first n weight layers
 * of base net X and trains on half Y; "+" fine-tunes the copied layers, otherwise they stay frozen. The control
 * "RnY" keeps its first n layers at their random initial weights, frozen.
 */
public enum Variant {
    BASE_A("baseA", Half.A, Prefix.NONE, null, false, 1),
    BASE_B("baseB", Half.B, Prefix.NONE, null, false, 2),
    BNB("BnB", Half.B, Prefix.COPIED, Half.B, false, 3),
    BNB_PLUS("BnB+", Half.B, Prefix.COPIED, Half.B, true, 4),
    ANB("AnB", Half.B, Prefix.COPIED, Half.A, false, 5),
    ANB_PLUS("AnB+", Half.B, Prefix.COPIED, Half.A, true, 6),
    RNB("RnB", Half.B, Prefix.RANDOM, null, false, 7),
    ANA("AnA", Half.A, Prefix.COPIED, Half.A, false, 8),
    ANA_PLUS("AnA+", Half.A, Prefix.COPIED, Half.A, true, 9),
    BNA("BnA", Half.A, Prefix.COPIED, Half.B, false, 10),
    BNA_PLUS("BnA+", Half.A, Prefix.COPIED, Half.B, true, 11),
    RNA("RnA", Half.A, Prefix.RANDOM, null, false, 12);

    /** Where a net's first n layers come from. */
    public enum Prefix {
        /** A base net: no prefix, every layer trains from its own random start. */
        NONE,
        /** Copied from the final checkpoint of the source half's base net. */
        COPIED,
        /** Left at the net's random initial weights: the control for what copied weights bring. */
        RANDOM
    }

    private final String label;
    private final Half target;
    private final Prefix prefix;
    private final Half source;
    private final boolean fineTuned;
    private final int salt;

    /**
     * @param source the base net's half the prefix is copied from; null unless the prefix is copied
     * @param salt   the variant's stream number in seeds derived per variant: fixed for good, never the ordinal
     */
    Variant(String label, Half target, Prefix prefix, Half source, boolean fineTuned, int salt) {
        this.label = label;
        this.target = target;
        this.prefix = prefix;
        this.source = source;
        this.fineTuned = fineTuned;
        this.salt = salt;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** The paper's name of this variant's net at depth n, e.g. "AnB+ n=3"; a base net's is its label alone. */
    public String label(int depth) {
        return isBase() ? label : label + " n=" + depth;
    }

    /** The half whose classes this net is trained and scored on. */
    public Half target() {
        return target;
    }

    /** The base net whose layers are copied, empty for base nets and the random control. */
    public Optional<Half> source() {
        return Optional.ofNullable(source);
    }

    public Prefix prefix() {
        return prefix;
    }

    public boolean isBase() {
        return prefix == Prefix.NONE;
    }

    public boolean isControl() {
        return prefix == Prefix.RANDOM;
    }

    /** Whether the first n layers keep their weights (copied or random) during training. */
    public boolean freezesPrefix() {
        return !isBase() && !fineTuned;
    }

    public boolean fineTuned() {
        return fineTuned;
    }

    /**
     * The variant's own number in per-variant seeds; stable, so that adding or reordering variants changes no other
     * variant's seeds.
     */
    public int salt() {
        return salt;
    }

    /** The base variant this one copies from, if any. */
    public Optional<Variant> sourceBase() {
        return source().map(Variant::base);
    }

    public static Variant base(Half half) {
        return half == Half.A ? BASE_A : BASE_B;
    }

    /** The paper's name, so that messages about variants read as the request wrote them. */
    @Override
    public String toString() {
        return label;
    }

    /** Lower-case, S3- and Kafka-key-safe form of the label, e.g. "anb-plus". */
    public String slug() {
        return label.toLowerCase(Locale.ROOT).replace("+", "-plus");
    }

    /** The labels a request may give, in the paper's order. */
    public static String labels() {
        return Arrays.stream(values()).map(Variant::label).collect(Collectors.joining(", "));
    }

    @JsonCreator
    public static Variant fromLabel(String label) {
        return Arrays.stream(values())
                .filter(v -> v.label.equals(label) || v.name().equals(label) || v.slug().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown variant '" + label + "' (known: " + labels()
                        + ")"));
    }
}
