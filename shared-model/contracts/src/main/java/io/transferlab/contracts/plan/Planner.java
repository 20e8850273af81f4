package io.transferlab.contracts.plan;

import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

    /** The jobs that may start once {@code parentJobId} has its final checkpoint. */
    public static List<PlannedJob> dependents(List<PlannedJob> plan, String parentJobId) {
        return plan.stream().filter(job -> parentJobId.equals(job.parentJobId())).toList();
    }
}
