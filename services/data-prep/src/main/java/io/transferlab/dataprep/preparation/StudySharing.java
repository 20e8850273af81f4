package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.TrainingJob;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.spec.StudyAxis;
import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The nets a study trains once for all its levels. On the size axis only half B changes, so every net trained on half
 * A from nothing or from a net of A (baseA, RnA, AnA, AnA+) is the same at every level: the later levels plan the
 * first level's job in its place (its id, its experiment) and their transfer nets copy from it. The first level's
 * message for a shared job carries the dependent jobs of every level, so one finished baseA releases them all. The
 * split axis changes half A too and shares nothing.
 */
final class StudySharing {

    private StudySharing() {
    }

    /** The levels' events as announced, and the jobs to publish first, each with what it releases. */
    static Outcome.Accepted share(StudyAxis axis, List<ExperimentAccepted> levels) {
        List<ExperimentAccepted> events = new ArrayList<>();
        Map<String, PlannedJob> shared = new HashMap<>();
        if (axis == StudyAxis.TARGET_SIZE) {
            levels.get(0).plan().stream().filter(StudySharing::trainsOnA).forEach(job -> shared.put(key(job), job));
        }
        for (ExperimentAccepted level : levels) {
            events.add(events.isEmpty() || shared.isEmpty() ? level : withShared(level, shared));
        }
        Map<String, TrainingJob> roots = new LinkedHashMap<>();
        for (ExperimentAccepted event : events) {
            for (TrainingJob root : TrainingJob.roots(event)) {
                roots.merge(root.job().jobId(), root, StudySharing::withDependentsOf);
            }
        }
        return new Outcome.Accepted(events, TrainingJob.releasingFirst(roots.values()));
    }

    /**
     * The first level's message for a shared root, releasing the later level's dependents too. A dependent that is
     * itself shared (AnA under baseA) is the first level's job and is released once, as the first level planned it.
     */
    private static TrainingJob withDependentsOf(TrainingJob first, TrainingJob later) {
        Map<String, TrainingJob> dependents = new LinkedHashMap<>();
        Stream.concat(first.dependents().stream(), later.dependents().stream())
                .forEach(dependent -> dependents.putIfAbsent(dependent.job().jobId(), dependent));
        return new TrainingJob(first.job(), first.spec(), first.specDigest(), first.shards(),
                List.copyOf(dependents.values()));
    }

    /** The level's plan with the shared jobs in place of its own, and its transfer nets copying from them. */
    private static ExperimentAccepted withShared(ExperimentAccepted level, Map<String, PlannedJob> shared) {
        Map<String, String> replaced = new HashMap<>();
        for (PlannedJob job : level.plan()) {
            if (shared.containsKey(key(job))) {
                replaced.put(job.jobId(), shared.get(key(job)).jobId());
            }
        }
        List<PlannedJob> plan = level.plan().stream()
                .map(job -> shared.containsKey(key(job)) ? shared.get(key(job))
                        : new PlannedJob(job.jobId(), job.experimentId(), job.variant(), job.depth(), job.seed(),
                                job.parentJobId() == null ? null
                                        : replaced.getOrDefault(job.parentJobId(), job.parentJobId())))
                .toList();
        return new ExperimentAccepted(level.experimentId(), level.spec(), level.specDigest(), plan, level.shards(),
                level.acceptedAt(), level.study());
    }

    private static boolean trainsOnA(PlannedJob job) {
        return job.variant().target() == Half.A
                && job.variant().sourceBase().map(base -> base == Variant.BASE_A).orElse(true);
    }

    private static String key(PlannedJob job) {
        return job.variant().label() + "/" + job.depth() + "/" + job.seed();
    }
}
