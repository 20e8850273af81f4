package io.transferlab.network.architecture;

import io.transferlab.contracts.spec.Catalog;

import java.util.Map;

/** Looks up an architecture by the name a request gives. */
public final class Architectures {

    private static final Map<String, Architecture> BY_NAME = Map.of(
            Catalog.COMPACT8, new Compact8(),
            Catalog.CAFFENET8, new CaffeNet8());

    private Architectures() {
    }

    public static Architecture byName(String name) {
        Architecture architecture = BY_NAME.get(name);
        if (architecture == null) {
            throw new IllegalArgumentException("unknown architecture '" + name + "' (known: " + Catalog.ARCHITECTURES + ")");
        }
        return architecture;
    }
}
