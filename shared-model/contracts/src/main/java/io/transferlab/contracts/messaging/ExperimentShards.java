package io.transferlab.contracts.messaging;

import io.transferlab.contracts.spec.Half;

import java.util.List;

/**
 * Where an experiment's data lie in object storage.
 *
 * @param classesA original class indices of half A, in relabelled order
 * @param classesB original class indices of half B
 * @param a        shards of half A
 * @param b        shards of half B
 */
public record ExperimentShards(List<Integer> classesA, List<Integer> classesB, HalfShards a, HalfShards b) {

    public HalfShards half(Half half) {
        return half == Half.A ? a : b;
    }
}
