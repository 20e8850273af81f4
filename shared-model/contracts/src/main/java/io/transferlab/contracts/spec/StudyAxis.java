package io.transferlab.contracts.spec;

/** What a study varies from one experiment to the next; everything else in its design stays fixed. */
public enum StudyAxis {
    /** The target half's number of training images: does transfer pay more on a small target set? */
    TARGET_SIZE,
    /** The A/B class split, ordered from the nearest tasks to the farthest: does transfer hurt more as they part? */
    SPLIT
}
