package io.transferlab.contracts.spec;

/**
 * One level of a study over splits.
 *
 * @param name  lower-case, [a-z0-9][a-z0-9-]*: the level's label and the end of its experiment id
 * @param split the A/B split, as in an experiment request
 */
public record NamedSplit(String name, SplitSpec split) {
}
