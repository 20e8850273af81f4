package io.transferlab.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;

/** Splits a data set by class into the two disjoint tasks A and B the paper transfers between. */
public final class ClassSplit {

    /** The images of task A's classes and of task B's classes, each relabelled from 0. */
    public record Halves(ImageSet a, ImageSet b) {

        public Halves {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }
    }

    private ClassSplit() {
    }

    /**
     * Keeps the images whose class is in {@code classesA} (resp. {@code classesB}); the class at
     * position i of a list becomes label i of its half and keeps its name.
     */
    public static Halves split(ImageSet set, List<Integer> classesA, List<Integer> classesB) {
        validate("classesA", classesA, set.numClasses());
        validate("classesB", classesB, set.numClasses());
        for (Integer c : classesA) {
            if (classesB.contains(c)) {
                throw new IllegalArgumentException("class " + c + " is in both classesA " + classesA
                        + " and classesB " + classesB);
            }
        }
        return new Halves(keep(set, classesA), keep(set, classesB));
    }

    /**
     * Deterministic random disjoint class lists of sizes {@code sizeA} and {@code sizeB}, each sorted,
     * for the paper's random A/B split.
     */
    public static List<List<Integer>> randomHalves(int numClasses, int sizeA, int sizeB, long seed) {
        if (sizeA <= 0 || sizeB <= 0 || (long) sizeA + sizeB > numClasses) {
            throw new IllegalArgumentException("need positive sizes with sizeA + sizeB <= numClasses, got sizeA="
                    + sizeA + " sizeB=" + sizeB + " numClasses=" + numClasses);
        }
        int[] order = IntStream.range(0, numClasses).toArray();
        Shuffle.permute(order, new Random(seed));
        return List.of(sortedSlice(order, 0, sizeA), sortedSlice(order, sizeA, sizeA + sizeB));
    }

    private static List<Integer> sortedSlice(int[] values, int from, int to) {
        return Arrays.stream(values, from, to).sorted().boxed().toList();
    }

    private static void validate(String name, List<Integer> classes, int numClasses) {
        Objects.requireNonNull(classes, name);
        if (classes.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        for (int i = 0; i < classes.size(); i++) {
            Integer c = classes.get(i);
            if (c == null || c < 0 || c >= numClasses) {
                throw new IllegalArgumentException(name + " contains " + c + ", outside the classes 0.." + (numClasses - 1));
            }
            if (classes.indexOf(c) != i) {
                throw new IllegalArgumentException(name + " lists class " + c + " more than once: " + classes);
            }
        }
    }

    private static ImageSet keep(ImageSet set, List<Integer> classes) {
        Map<Integer, Integer> newLabel = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            newLabel.put(classes.get(i), i);
        }
        int[] labels = set.labels();
        int[] indices = IntStream.range(0, set.count()).filter(i -> newLabel.containsKey(labels[i])).toArray();
        ImageSet selected = set.select(indices);
        int[] relabelled = Arrays.stream(selected.labels()).map(newLabel::get).toArray();
        List<String> names = classes.stream().map(set.classNames()::get).toList();
        return new ImageSet(names, set.channels(), set.height(), set.width(), relabelled, selected.pixels());
    }
}
