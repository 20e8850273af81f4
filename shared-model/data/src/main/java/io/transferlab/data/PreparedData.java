package io.transferlab.data;

import io.transferlab.contracts.spec.Half;

import java.util.List;
import java.util.Map;

/**
 * A data set divided as an experiment asks.
 *
 * @param classesA original class indices of half A, in relabelled order
 * @param classesB original class indices of half B
 * @param halves   each half's images and how each seed draws from them
 */
public record PreparedData(List<Integer> classesA, List<Integer> classesB, Map<Half, HalfDraws> halves) {

    public PreparedData {
        classesA = List.copyOf(classesA);
        classesB = List.copyOf(classesB);
        halves = Map.copyOf(halves);
    }

    public HalfDraws half(Half half) {
        return halves.get(half);
    }
}
