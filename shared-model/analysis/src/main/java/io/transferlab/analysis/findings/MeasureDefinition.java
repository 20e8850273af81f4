package io.transferlab.analysis.findings;

import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * How one measure is computed from the nets of one seed; oriented so that the paper's effect is positive.
 *
 * @param name       short name
 * @param definition the formula in the paper's names
 * @param perSeed    its value for one seed, empty when a net it needs was not run
 */
record MeasureDefinition(String name, String definition, Function<SeedView, OptionalDouble> perSeed) {
}
