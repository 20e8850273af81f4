package io.transferlab.contracts.plan;

import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The plan of an experiment: a pure function from a resolved spec to its training jobs. */
public final class Planner {

    private Planner() {
    }

    /**
     * Base nets come first (each seed's), then the transfer nets by depth; a transfer net depends on the base net of
     * its source half and the same seed. A base net that a transfer variant needs is planned even if not requested.
     */
    public static List<PlannedJob> plan(ResolvedSpec resolved) {
        Set<Variant> bases = new LinkedHashSet<>();
        List<Variant> others = new ArrayList<>();
        for (Variant v : resolved.variants()) {
            v.sourceBase().ifPresent(bases::add);
            if (v.isBase()) {
                bases.add(v);
            } else {
                others.add(v);
            }
        }
        List<PlannedJob> jobs = new ArrayList<>();
        String experiment = resolved.experimentId();
        for (long seed : resolved.seeds()) {
            bases.stream().sorted().forEach(base ->
                    jobs.add(new PlannedJob(PlannedJob.id(experiment, base, 0, seed), experiment, base, 0, seed, null)));
            for (int depth : resolved.depths()) {
                for (Variant v : others) {
                    String parent = v.sourceBase().map(base -> PlannedJob.id(experiment, base, 0, seed)).orElse(null);
                    jobs.add(new PlannedJob(PlannedJob.id(experiment, v, depth, seed), experiment, v, depth, seed, parent));
                }
            }
        }
        return List.copyOf(jobs);
    }

    /** The plan's net of {@code variant} and sweep seed {@code seed}, if it plans one. */
    public static Optional<PlannedJob> planned(List<PlannedJob> plan, Variant variant, long seed) {
        return plan.stream().filter(job -> job.variant() == variant && job.seed() == seed).findFirst();
    }

    /**
     * The seeds whose transfer is estimated before training: those that plan both a baseA and a baseB, in order. The
     * evaluator computes their estimates and the aggregator waits for them, so both ask here.
     */
    public static List<Long> estimatedSeeds(List<PlannedJob> plan) {
        Set<Long> withB = new HashSet<>();
        plan.stream().filter(job -> job.variant() == Variant.BASE_B).forEach(job -> withB.add(job.seed()));
        return plan.stream().filter(job -> job.variant() == Variant.BASE_A).map(PlannedJob::seed)
                .filter(withB::contains).distinct().sorted().toList();
    }

    /** The jobs that may start once {@code parentJobId} has its final checkpoint. */
    public static List<PlannedJob> dependents(List<PlannedJob> plan, String parentJobId) {
        return plan.stream().filter(job -> parentJobId.equals(job.parentJobId())).toList();
    }
}
