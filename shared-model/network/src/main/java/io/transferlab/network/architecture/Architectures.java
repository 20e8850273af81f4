package io.transferlab.network.architecture;

import io.transferlab.contracts.spec.NetArchitecture;

/** The layers of each architecture a request may name. */
public final class Architectures {

    private static final Architecture COMPACT8 = new Compact8();
    private static final Architecture CAFFENET8 = new CaffeNet8();

    private Architectures() {
    }

    public static Architecture of(NetArchitecture architecture) {
        return switch (architecture) {
            case COMPACT8 -> COMPACT8;
            case CAFFENET8 -> CAFFENET8;
        };
    }
}
