package io.transferlab.aggregator.messaging;

import io.transferlab.aggregator.results.ExperimentStore;
import io.transferlab.contracts.messaging.ExperimentResult;
import io.transferlab.service.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

/** Publishes the table of each complete experiment once: when it completes, or when the results backlog is read. */
@ApplicationScoped
public class ResultPublisher {

    private static final Logger LOG = Logger.getLogger(ResultPublisher.class);

    private final ExperimentStore store;
    private final ResultsBacklog backlog;
    private final Emitter<String> results;

    public ResultPublisher(ExperimentStore store, ResultsBacklog backlog,
                           @Channel(AggregatorChannels.RESULTS_OUT) Emitter<String> results) {
        this.store = store;
        this.backlog = backlog;
        this.results = results;
    }

    /** Publishes the experiment's result if it is complete and none was published before. */
    public void publishIfDue(String experimentId) {
        if (!backlog.caughtUp()) {
            return; // its result may be among those not read yet; the end of the backlog calls publishAllDue
        }
        store.claimResult(experimentId, System.currentTimeMillis()).ifPresent(this::send);
    }

    public void publishAllDue() {
        store.ids().forEach(this::publishIfDue);
    }

    private void send(ExperimentResult result) {
        try {
            Outbox.sendAndWait(results, result.experimentId(), result);
            LOG.infof("experiment %s complete: published %d cells over %d jobs", result.experimentId(),
                    result.cells().size(), result.jobs());
        } catch (RuntimeException e) {
            store.releaseClaim(result.experimentId());
            throw e;
        }
    }
}
