package io.transferlab.aggregator.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.transferlab.aggregator.results.ExperimentState;
import io.transferlab.aggregator.results.ExperimentStore;
import io.transferlab.aggregator.results.ExperimentSummary;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.ToIntFunction;

/**
 * The sweep as the aggregator sees it (transferlab_aggregator_*), read from the store at each scrape.
 *
 * <p>Jobs are summed over experiments and tagged with the experiments' state, not with the experiment: the store keeps
 * every experiment ever run (it rebuilds them from the topics), so an experiment tag would grow without bound, while
 * the state tag has four values and still separates the sweeps in progress (state RUNNING) from finished ones. One
 * experiment's progress is the REST API's and the live page's job.
 */
@Startup
@ApplicationScoped
public class AggregatorMetrics {

    public AggregatorMetrics(MeterRegistry registry, ExperimentStore store) {
        for (ExperimentState state : ExperimentState.values()) {
            String tag = state.name().toLowerCase();
            Gauge.builder("transferlab.aggregator.experiments", store, s -> sum(s, state, summary -> 1))
                    .tag("state", tag).description("Experiments known, by state").register(registry);
            Gauge.builder("transferlab.aggregator.jobs.done", store, s -> sum(s, state, ExperimentSummary::jobsDone))
                    .tag("state", tag).description("Planned jobs evaluated, summed over experiments in this state")
                    .register(registry);
            Gauge.builder("transferlab.aggregator.jobs.planned", store,
                            s -> sum(s, state, ExperimentSummary::jobsTotal))
                    .tag("state", tag).description("Planned jobs, summed over experiments in this state")
                    .register(registry);
        }
    }

    private static double sum(ExperimentStore store, ExperimentState state, ToIntFunction<ExperimentSummary> value) {
        return store.summaries().stream().filter(summary -> summary.state() == state).mapToInt(value).sum();
    }
}
