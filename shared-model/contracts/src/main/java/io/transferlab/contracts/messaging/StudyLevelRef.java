package io.transferlab.contracts.messaging;

import io.transferlab.contracts.spec.StudyAxis;

/**
 * The study an accepted experiment is a level of.
 *
 * @param studyId the study
 * @param axis    what the study varies
 * @param label   this level's label (its image count, or its split's name)
 * @param value   its place on the axis: the image count, or the split's index from the nearest tasks (0)
 * @param index   its index among the study's levels, as the request lists them
 * @param levels  how many levels the study has
 * @param margin  the accuracy a cheaper choice may lose to the best and still be advised (the request's, or 0.01)
 */
public record StudyLevelRef(String studyId, StudyAxis axis, String label, double value, int index, int levels,
                            double margin) {
}
