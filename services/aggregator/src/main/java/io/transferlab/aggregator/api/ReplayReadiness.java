package io.transferlab.aggregator.api;

import io.transferlab.aggregator.messaging.Replay;
import io.transferlab.aggregator.messaging.Replayed;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once the topics have been read back to where they ended at start: before that, pages and the CLI would
 * answer 404 for experiments this aggregator has simply not read yet. Each topic's records still to read are in the
 * check's data (-1: its end offsets not known yet, e.g. while the broker is unreachable).
 */
@Readiness
@ApplicationScoped
public class ReplayReadiness implements HealthCheck {

    private final Replay replay;

    public ReplayReadiness(Replay replay) {
        this.replay = replay;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("topics read back").status(replay.caughtUp());
        for (Replayed topic : replay.topics()) {
            response.withData(topic.topic(), topic.remaining());
        }
        return response.build();
    }
}
