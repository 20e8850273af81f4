package io.transferlab.contracts.spec;

/**
 * A study as a user publishes it to transferlab.requests (beside experiment requests; a study has a studyId): one
 * experiment design and one axis with its levels. Data-prep expands it into one ordinary experiment per level, with
 * the id {@code <studyId>-<level>}; nets that are the same at every level are trained once and shared.
 *
 * @param studyId lower-case id, [a-z0-9][a-z0-9-]*, short enough that every level's experiment id fits 63 characters
 * @param design  the experiments' common design: an experiment request without its id; on the split axis without
 *                a split, on the size axis without budget.trainImagesB (the levels set them)
 * @param axis    what varies, and its levels
 * @param margin  the accuracy a cheaper choice may lose to the best and still be advised, in (0, 0.2]; absent: 0.01
 */
public record StudyRequest(String studyId, ExperimentDesign design, StudyAxisSpec axis, Double margin) {

    /** The advice's margin when the request names none: one point of accuracy. */
    public static final double DEFAULT_MARGIN = 0.01;
    /** The largest margin a request may name: beyond it "as good as the best" would mean nothing. */
    public static final double MAX_MARGIN = 0.2;

    public double marginOrDefault() {
        return margin == null ? DEFAULT_MARGIN : margin;
    }
}
