package io.transferlab.aggregator.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.aggregator.results.Evaluations;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentResult;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.testsupport.LocalServersResource;
import io.transferlab.testsupport.Publish;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.transferlab.aggregator.results.Evaluations.evaluation;
import static io.transferlab.aggregator.results.Evaluations.job;

/**
 * Events written before the aggregator starts, as if by an earlier aggregator process: one complete experiment whose
 * result is already out, and one complete experiment whose result never went out (that process died first). The
 * aggregator under test starts after this, exactly as a restarted one would, and must rebuild both from the topics.
 */
public class HistoryResource implements QuarkusTestResourceLifecycleManager {

    /** Config keys under which the tests find the two experiment ids. */
    public static final String PUBLISHED = "test.history.published";
    public static final String UNPUBLISHED = "test.history.unpublished";
    public static final String EARLIER_DIGEST = "published-by-an-earlier-process";

    @Override
    public Map<String, String> start() {
        // The same shared servers LocalServersResource hands to the application.
        String bootstrap = new LocalServersResource().start().get("kafka.bootstrap.servers");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String published = "history-" + suffix + "-published";
        String unpublished = "history-" + suffix + "-unpublished";
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            PlannedJob a = job(published, Variant.BASE_A, 0, 1);
            PlannedJob b = job(published, Variant.BASE_B, 0, 1);
            Publish.json(companion, Topics.EXPERIMENTS, published, Evaluations.accepted(published, List.of(a, b)));
            Publish.json(companion, Topics.EVALUATIONS, a.jobId(), evaluation(a, 0.9, 0.9));
            Publish.json(companion, Topics.EVALUATIONS, b.jobId(), evaluation(b, 0.8, 0.8));
            Publish.json(companion, Topics.RESULTS, published, new ExperimentResult(published, EARLIER_DIGEST, List.of(), List.of(), List.of(), null, null, null, 2, 1L));

            PlannedJob c = job(unpublished, Variant.BASE_B, 0, 1);
            ExperimentAccepted accepted = Evaluations.accepted(unpublished, List.of(c));
            Publish.json(companion, Topics.EXPERIMENTS, unpublished, accepted);
            Publish.json(companion, Topics.EVALUATIONS, c.jobId(), evaluation(c, 0.7, 0.6));
        }
        return Map.of(PUBLISHED, published, UNPUBLISHED, unpublished);
    }

    /** After LocalServersResource, though both share the one set of servers either way. */
    @Override
    public int order() {
        return 1;
    }

    @Override
    public void stop() {
    }
}
