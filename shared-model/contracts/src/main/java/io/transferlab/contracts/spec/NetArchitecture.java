package io.transferlab.contracts.spec;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The architectures a request may name. Each has exactly {@value #WEIGHT_LAYERS} weight layers, so that a cut after
 * n = 1..{@value #MAX_DEPTH} is the paper's.
 */
public enum NetArchitecture {
    COMPACT8("compact8", new InputShape(3, 32, 32)),
    CAFFENET8("caffenet8", new InputShape(3, 227, 227));

    public static final int WEIGHT_LAYERS = 8;
    /** The deepest cut: after the last weight layer but the output layer. */
    public static final int MAX_DEPTH = WEIGHT_LAYERS - 1;

    private final String id;
    private final InputShape defaultInput;

    NetArchitecture(String id, InputShape defaultInput) {
        this.id = id;
        this.defaultInput = defaultInput;
    }

    /** The name a request gives. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The size images are resized to when the data set does not fix it (image folders). */
    public InputShape defaultInput() {
        return defaultInput;
    }

    public static Optional<NetArchitecture> fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }

    /** The names a request may give, sorted. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(NetArchitecture::id).sorted().toList();
    }
}
