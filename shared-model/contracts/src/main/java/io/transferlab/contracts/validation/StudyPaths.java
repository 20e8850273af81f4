package io.transferlab.contracts.validation;

import io.transferlab.contracts.spec.StudyAxis;

/**
 * Where a value is in a study request and in its levels' experiment requests: a level's split is the study's
 * {@code axis.splits[i].split}, a level's {@code budget.trainImagesB} the study's {@code axis.targetSize[i]}, a level's
 * experiment id made of the {@code studyId}, and the rest the study's {@code design.*}.
 */
public final class StudyPaths {

    private StudyPaths() {
    }

    /** A level's problem, at the study request's path of the value it is about. */
    public static String inStudy(StudyAxis axis, int level, String problem) {
        int colon = problem.indexOf(':');
        String path = colon < 0 ? "" : problem.substring(0, colon);
        String rest = colon < 0 ? problem : problem.substring(colon);
        if (axis == StudyAxis.SPLIT && (path.equals("split") || path.startsWith("split."))) {
            return "axis.splits[" + level + "]." + path + rest;
        }
        if (axis == StudyAxis.TARGET_SIZE && path.equals("budget.trainImagesB")) {
            return "axis.targetSize[" + level + "]" + rest;
        }
        if (path.equals("experimentId")) {
            return "studyId" + rest;
        }
        return "design." + problem;
    }

    /** Where a study request's value at {@code path} is in a level's experiment request ({@link #inStudy} reversed). */
    public static String inLevel(String path) {
        if (path.startsWith("design.")) {
            return path.substring("design.".length());
        }
        return path.startsWith("axis.targetSize[") ? "budget.trainImagesB" : path;
    }
}
