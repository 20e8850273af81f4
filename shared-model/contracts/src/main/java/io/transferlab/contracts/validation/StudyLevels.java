package io.transferlab.contracts.validation;

import io.transferlab.contracts.spec.ExperimentDesign;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.NamedSplit;
import io.transferlab.contracts.spec.StudyAxis;
import io.transferlab.contracts.spec.StudyRequest;
import io.transferlab.contracts.spec.TrainingBudget;
import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A study request's levels as ordinary experiment requests, and everything wrong with it, named by the study
 * request's own field paths: each level is checked by the experiments' validator, and a level's problem is reported
 * where the user wrote the value ({@link StudyPaths}), once however many levels share it.
 */
public final class StudyLevels {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final int MAX_ID = 63;

    /**
     * One level.
     *
     * @param label its label: the image count or the split's name, also the end of its experiment id
     * @param value the image count, or the split's index from the nearest tasks
     * @param spec  its experiment request
     */
    public record Level(String label, double value, ExperimentSpec spec) {
    }

    private StudyLevels() {
    }

    /** The levels in the request's order; call only on a study without {@link #problems}. */
    public static List<Level> of(StudyRequest study) {
        ExperimentDesign design = study.design();
        List<Level> levels = new ArrayList<>();
        if (study.axis().kind() == StudyAxis.TARGET_SIZE) {
            for (int images : study.axis().targetSize()) {
                String label = String.valueOf(images);
                levels.add(new Level(label, images, design.experiment(id(study, label), design.split(),
                        withTargetSize(design.budget(), images))));
            }
        } else {
            List<NamedSplit> splits = study.axis().splits();
            for (int i = 0; i < splits.size(); i++) {
                levels.add(new Level(splits.get(i).name(), i, design.experiment(id(study, splits.get(i).name()),
                        splits.get(i).split(), design.budget())));
            }
        }
        return levels;
    }

    public static List<String> problems(StudyRequest study, SpecValidator validator) {
        Set<String> problems = new LinkedHashSet<>(shape(study));
        if (!problems.isEmpty()) {
            return List.copyOf(problems);
        }
        List<Level> levels = of(study);
        for (int i = 0; i < levels.size(); i++) {
            for (String problem : validator.validate(levels.get(i).spec())) {
                problems.add(StudyPaths.inStudy(study.axis().kind(), i, problem));
            }
        }
        return List.copyOf(problems);
    }

    /** What must hold before the levels can be made at all. */
    private static List<String> shape(StudyRequest study) {
        List<String> problems = new ArrayList<>();
        if (study.studyId() == null || !NAME.matcher(study.studyId()).matches()) {
            problems.add("studyId: required, lower-case letters, digits and '-', starting with a letter or digit");
        }
        if (study.design() == null) {
            problems.add("design: required: the experiment every level runs, without experimentId");
        }
        if (study.margin() != null && !(study.margin() > 0 && study.margin() <= StudyRequest.MAX_MARGIN)) {
            problems.add("margin: " + study.margin() + " is outside (0, " + StudyRequest.MAX_MARGIN + "]: the "
                    + "accuracy a cheaper choice may lose to the best and still be advised, e.g. 0.01 for one point");
        }
        StudyAxis axis = study.axis() == null ? null : study.axis().kind();
        if (axis == null) {
            problems.add("axis: give exactly one of targetSize (images of half B per level) and splits (named A/B"
                    + " splits, nearest tasks first)");
            return problems;
        }
        boolean sizes = axis == StudyAxis.TARGET_SIZE;
        List<String> labels = sizes
                ? study.axis().targetSize().stream().map(size -> size == null ? null : String.valueOf(size)).toList()
                : study.axis().splits().stream().map(s -> s == null ? null : s.name()).toList();
        String path = sizes ? "axis.targetSize" : "axis.splits";
        if (labels.size() < 2) {
            problems.add(path + ": a study needs two levels or more, " + labels.size() + " given");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            String at = sizes ? path + "[" + i + "]" : path + "[" + i + "].name";
            if (label == null) {
                problems.add(at + ": required: " + (sizes ? "the images of half B to train on at this level"
                        : "the level's name, lower-case letters, digits and '-'"));
            } else if (!sizes && !NAME.matcher(label).matches()) {
                // A size's bounds are the validator's (budget.trainImagesB), reported at this path too.
                problems.add(at + ": '" + label + "' must match " + NAME.pattern());
            } else if (!seen.add(label)) {
                problems.add(at + ": '" + label + "' is given twice; each level once");
            } else if (study.studyId() != null && id(study, label).length() > MAX_ID) {
                problems.add("studyId: too long: level experiment ids such as '" + id(study, label)
                        + "' must fit " + MAX_ID + " characters");
            }
            if (axis == StudyAxis.SPLIT && study.axis().splits().get(i) != null
                    && study.axis().splits().get(i).split() == null) {
                problems.add(path + "[" + i + "].split: required");
            }
        }
        if (study.design() != null) {
            if (axis == StudyAxis.SPLIT && study.design().split() != null) {
                problems.add("design.split: the split axis sets each level's split; leave it out");
            }
            if (axis == StudyAxis.TARGET_SIZE && study.design().budget() != null
                    && study.design().budget().trainImagesB() != null) {
                problems.add("design.budget.trainImagesB: the size axis sets it per level; leave it out");
            }
            List<Variant> variants = study.design().variants() == null ? ExperimentSpec.DEFAULT_VARIANTS
                    : study.design().variants();
            if (!variants.contains(Variant.BASE_B)
                    || !(variants.contains(Variant.ANB) || variants.contains(Variant.ANB_PLUS))) {
                problems.add("design.variants: a study compares transfer with training from scratch: it needs "
                        + "baseB and AnB or AnB+");
            }
        }
        return problems.stream().distinct().toList();
    }

    private static String id(StudyRequest study, String label) {
        return study.studyId() + "-" + label;
    }

    private static TrainingBudget withTargetSize(TrainingBudget budget, int images) {
        return (budget == null ? TrainingBudget.builder() : budget.toBuilder()).trainImagesB(images).build();
    }
}
