package io.transferlab.contracts.spec;

import java.util.List;

/**
 * A study's axis: exactly one of the two lists is given.
 *
 * @param targetSize the target half's training images at each level (budget.trainImagesB), e.g. [60, 600, 6000]
 * @param splits     the A/B splits, from the nearest tasks to the farthest
 */
public record StudyAxisSpec(List<Integer> targetSize, List<NamedSplit> splits) {

    /** The axis these levels are on; null when neither or both lists are given (the validator says which). */
    public StudyAxis kind() {
        if ((targetSize == null) == (splits == null)) {
            return null;
        }
        return targetSize != null ? StudyAxis.TARGET_SIZE : StudyAxis.SPLIT;
    }
}
