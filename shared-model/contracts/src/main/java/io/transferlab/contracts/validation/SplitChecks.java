package io.transferlab.contracts.validation;

import io.transferlab.contracts.spec.ResolvedSplit;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Checks an A/B split against the data set's class count, when that is known before the data are read. */
final class SplitChecks {

    private final Integer classes;

    SplitChecks(Integer classes) {
        this.classes = classes;
    }

    void check(ResolvedSplit split, List<String> problems) {
        if (split.isExplicit()) {
            checkClasses("split.classesA", split.classesA(), problems);
            checkClasses("split.classesB", split.classesB(), problems);
            if (split.classesA() != null && split.classesB() != null) {
                TreeSet<Integer> overlap = new TreeSet<>(split.classesA().stream().filter(Objects::nonNull).toList());
                overlap.retainAll(split.classesB());
                if (!overlap.isEmpty()) {
                    problems.add("split: classesA and classesB overlap in " + overlap);
                }
            }
        } else {
            checkSize("split.sizeA", split.sizeA(), problems);
            checkSize("split.sizeB", split.sizeB(), problems);
            if (classes != null) {
                ResolvedSplit.Sizes sizes = split.sizes(classes);
                long sizeA = sizes.a();
                long sizeB = sizes.b();
                if (sizeA < 1 || sizeB < 1) {
                    problems.add("split: sizes " + sizeA + " and " + sizeB + " leave a half without classes (the data"
                            + " set has " + classes + ")");
                } else if (sizeA + sizeB > classes) {
                    problems.add("split: sizeA + sizeB = " + (sizeA + sizeB) + " exceeds the data set's "
                            + classes + " classes");
                }
            }
        }
        double fraction = split.validationFraction();
        if (!(fraction > 0 && fraction <= 0.5)) {
            problems.add("split.validationFraction: " + fraction + " is outside (0, 0.5]");
        }
    }

    private void checkClasses(String field, List<Integer> list, List<String> problems) {
        if (list == null) {
            problems.add(field + ": missing (an explicit split names the classes of both halves)");
            return;
        }
        SpecValidator.checkDistinctNonEmpty(field, list, problems);
        if (list.size() == 1) {
            problems.add(field + ": a half needs at least 2 classes");
        }
        for (int i = 0; i < list.size(); i++) {
            Integer c = list.get(i);
            String range = "0.." + (classes == null ? "" : classes - 1);
            if (c == null) {
                problems.add(field + "[" + i + "]: null is not a class index (" + range + ")");
            } else if (c < 0 || (classes != null && c >= classes)) {
                problems.add(field + "[" + i + "]: class " + c + " is outside " + range);
            }
        }
    }

    private void checkSize(String field, Integer size, List<String> problems) {
        if (size != null && size < 2) {
            problems.add(field + ": " + size + " classes; a half needs at least 2");
        }
    }
}
