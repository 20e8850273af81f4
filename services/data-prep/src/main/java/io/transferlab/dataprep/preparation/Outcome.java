package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.TrainingJob;

import java.util.List;

/** What became of one request; the messaging side announces it. */
public sealed interface Outcome {

    /**
     * Accepted now, or accepted before and announced again (a redelivery or a resubmission of the same request).
     *
     * @param events the experiment's accepted event; a study's, one per level
     * @param roots  the jobs to publish first (they wait on nothing), each carrying the jobs it releases
     */
    record Accepted(List<ExperimentAccepted> events, List<TrainingJob> roots) implements Outcome {

        public Accepted {
            events = List.copyOf(events);
            roots = List.copyOf(roots);
        }

        static Accepted of(ExperimentAccepted event) {
            return new Accepted(List.of(event), TrainingJob.roots(event));
        }
    }

    /**
     * A request that cannot run, with every problem found, each "field.path: reason" as {@code SpecValidator} words
     * them.
     *
     * @param experimentId the id the request gave, else its record key; null if neither is known
     * @param unreadable   the record is no request at all (empty, oversized, not UTF-8, not JSON): its raw bytes go
     *                     to the dead letters too, for whoever operates the system
     */
    record Rejected(String experimentId, List<String> reasons, boolean unreadable) implements Outcome {

        public Rejected {
            reasons = List.copyOf(reasons);
        }

        static Rejected of(String experimentId, List<String> reasons) {
            return new Rejected(experimentId, reasons, false);
        }

        static Rejected unreadable(String experimentId, String reason) {
            return new Rejected(experimentId, List.of(reason), true);
        }
    }
}
