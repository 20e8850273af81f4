package io.transferlab.data;

import io.transferlab.contracts.spec.Half;

import java.util.List;
import java.util.Map;

/**
 * A data set divided as an experiment asks.
 *
 * @param classesA original class indices of half A, in relabelled order
 * @param classesB original class indices of half B
 * @param halves   the train, validation and test parts of each half
 */
public record PreparedData(List<Integer> classesA, List<Integer> classesB, Map<Half, HalfParts> halves) {

    public PreparedData {
        classesA = List.copyOf(classesA);
        classesB = List.copyOf(classesB);
        halves = Map.copyOf(halves);
    }

    public HalfParts half(Half half) {
        return halves.get(half);
    }
}
