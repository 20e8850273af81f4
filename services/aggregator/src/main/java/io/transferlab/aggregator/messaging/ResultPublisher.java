package io.transferlab.aggregator.messaging;

import io.transferlab.aggregator.results.ExperimentStore;
import io.transferlab.contracts.messaging.ExperimentResult;
import io.transferlab.contracts.messaging.MessageSchemas;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** Publishes each complete experiment's result once to transferlab.results, by the rule of {@link OncePublisher}. */
@Singleton // not proxied: its rule is a superclass with no constructor for a proxy to call
public class ResultPublisher extends OncePublisher<ExperimentResult> {

    /** The CloudEvents type of a result; a new version of the result schema gets a new type. */
    public static final String EVENT_TYPE = "io.transferlab.experiment.result.v1";

    public ResultPublisher(ExperimentStore store, @Channel(AggregatorChannels.RESULTS_OUT) Emitter<String> results) {
        super(new Kind<>(EVENT_TYPE, MessageSchemas.RESULT, ExperimentResult::experimentId, ResultPublisher::eventId,
                ExperimentResult::completedAt), new Results<>(store::ids, store::resultPublished, store::result),
                results);
    }

    /** The id is the same for the same experiment and spec. */
    public static String eventId(ExperimentResult result) {
        return result.experimentId() + ":" + result.specDigest();
    }
}
