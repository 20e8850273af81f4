package io.transferlab.analysis.study;

import io.transferlab.analysis.Score;

import java.util.List;

/**
 * One level of a study's axis, with the scores of its experiment.
 *
 * @param label  as the request names it, e.g. "600" or "dissimilar"
 * @param value  the target half's training images on the size axis; on the split axis the level's place from the
 *               nearest tasks (0) to the farthest
 * @param scores its experiment's evaluated nets
 */
public record StudyLevel(String label, double value, List<Score> scores) {

    public StudyLevel {
        scores = List.copyOf(scores);
    }
}
