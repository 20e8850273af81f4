package io.transferlab.evaluator.metrics;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.transferlab.contracts.messaging.EstimateCosts;
import io.transferlab.contracts.messaging.EstimatesCompleted;
import io.transferlab.contracts.plan.PlannedJob;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the evaluator measures (transferlab_evaluator_*): the estimates' time, and per Figure 2 cell: variant and n, at most 12 x 8 series per
 * metric whatever the number of experiments. Only fresh evaluations count; a replayed announcement answered from
 * storage is not measured again.
 */
@ApplicationScoped
public class EvaluatorMetrics {

    private final MeterRegistry registry;
    /** The latest accuracy per cell, as double bits; bounded by the cells, held here rather than by a job. */
    private final Map<Tags, AtomicLong> lastAccuracy = new ConcurrentHashMap<>();

    public EvaluatorMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void evaluated(PlannedJob job, double accuracy, Duration took) {
        Tags cell = Tags.of("variant", job.variant().label(), "n", Integer.toString(job.depth()));
        Timer.builder("transferlab.evaluator.evaluation.duration").tags(cell)
                .description("Time to score a final checkpoint: download, decode, evaluate on the test shard")
                .register(registry).record(took);
        DistributionSummary.builder("transferlab.evaluator.accuracy").tags(cell)
                .description("Top-1 test accuracy of each evaluated net").register(registry).record(accuracy);
        lastAccuracy.computeIfAbsent(cell, tags -> {
            AtomicLong bits = new AtomicLong(Double.doubleToLongBits(Double.NaN));
            Gauge.builder("transferlab.evaluator.last.accuracy", bits, b -> Double.longBitsToDouble(b.get()))
                    .tags(tags).description("Top-1 test accuracy of the latest net evaluated in this cell")
                    .register(registry);
            return bits;
        }).set(Double.doubleToLongBits(accuracy));
    }

    /** One seed's estimates: how long they took in all, and by step (features, probe, LogME, H-score, CKA). */
    public void estimated(EstimatesCompleted estimates, Duration took) {
        Timer.builder("transferlab.evaluator.estimates.duration")
                .description("Time to estimate one seed's transfer from its base nets: loading, features, estimators")
                .register(registry).record(took);
        EstimateCosts costs = estimates.costs();
        Map.of("features", costs.features(), "probe", costs.probe(), "logMe", costs.logMe(), "hScore",
                costs.hScore(), "cka", costs.cka()).forEach((step, seconds) ->
                Timer.builder("transferlab.evaluator.estimates.step.duration").tag("step", step)
                        .description("Time of one step of one seed's estimates, all depths together")
                        .register(registry).record(Duration.ofNanos((long) (seconds * 1e9))));
    }
}
