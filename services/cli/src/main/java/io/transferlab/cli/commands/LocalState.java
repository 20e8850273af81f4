package io.transferlab.cli.commands;

import io.transferlab.cli.local.SystemState;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a command finds the system when no flag names it: the flag, then the environment variable, then a local
 * system running from this directory ({@code up} or {@code run}), then the local system's default address.
 */
final class LocalState {

    /**
     * The local system's work directory, relative to where the CLI runs ({@code ./transferlab} runs in the checkout);
     * the system property {@value #WORK_DIR_PROPERTY} names another, for a CLI embedded elsewhere.
     */
    static final String WORK_DIR = ".run";
    static final String WORK_DIR_PROPERTY = "transferlab.work-dir";

    private LocalState() {
    }

    static String resolve(String option, String variable, Function<SystemState, String> fromState, String fallback) {
        if (option != null) {
            return option;
        }
        String fromEnv = System.getenv(variable);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return running().map(fromState).orElse(fallback);
    }

    /** The local system running from the work directory, if one is. */
    static Optional<SystemState> running() {
        return SystemState.find(Path.of(System.getProperty(WORK_DIR_PROPERTY, WORK_DIR)));
    }
}
