package io.transferlab.contracts.messaging;

/**
 * One level of a complete study.
 *
 * @param label        the level's label
 * @param value        its place on the axis (image count, or split index from the nearest)
 * @param experimentId the level's experiment, whose result event holds its Figure 2
 * @param specDigest   that experiment's spec digest
 */
public record StudyLevelResult(String label, double value, String experimentId, String specDigest) {
}
