package io.transferlab.trainer.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.transferlab.contracts.messaging.ValidationPoint;
import io.transferlab.contracts.plan.JobPhase;
import io.transferlab.network.training.IterationStats;
import io.transferlab.network.training.ProgressListener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;

/**
 * The gauges of one training job, tagged experiment, variant and n, fed from the training loop's callbacks. The
 * values live here, not in the job's objects, and {@link TrainerMetrics} removes these gauges from the registry once
 * the trainer moves on: nothing of a finished job stays reachable from the registry for ever.
 *
 * <p>There is no training accuracy: the loop reports only the mini-batch loss per step ({@link IterationStats}); the
 * accuracy here is the validation accuracy of the latest validation pass (the paper's metric), NaN before the first.
 */
public final class JobGauges implements ProgressListener {

    private final List<Meter> meters = new ArrayList<>();
    private final MeterRegistry registry;
    private final Counter fitSeconds;
    private final ObjDoubleConsumer<JobPhase> phases;
    private volatile double loss = Double.NaN;
    private volatile double imagesPerSecond;
    private volatile double iteration;
    private volatile double totalIterations;
    private volatile double epoch;
    private volatile double validationAccuracy = Double.NaN;
    private volatile boolean finished;

    JobGauges(MeterRegistry registry, Tags job, Counter fitSeconds, ObjDoubleConsumer<JobPhase> phases) {
        this.registry = registry;
        this.fitSeconds = fitSeconds;
        this.phases = phases;
        gauge("transferlab.trainer.loss", job, "Training loss of the latest mini-batch (DL4J score)",
                g -> g.loss);
        gauge("transferlab.trainer.validation.accuracy", job,
                "Top-1 accuracy of the latest validation pass (there is no training accuracy)",
                g -> g.validationAccuracy);
        gauge("transferlab.trainer.images.per.second", job, "Training throughput of the latest step",
                g -> g.imagesPerSecond);
        gauge("transferlab.trainer.iteration", job, "Mini-batch steps completed", g -> g.iteration);
        gauge("transferlab.trainer.iterations.planned", job, "Mini-batch steps in the job's budget",
                g -> g.totalIterations);
        gauge("transferlab.trainer.epoch", job, "Epoch of the latest step (0-based)", g -> g.epoch);
    }

    @Override
    public void onIteration(IterationStats stats) {
        loss = stats.loss();
        imagesPerSecond = stats.imagesPerSecond();
        iteration = stats.iteration();
        totalIterations = stats.totalIterations();
        epoch = stats.epoch();
        fitSeconds.increment(stats.fitSeconds());
    }

    @Override
    public void onValidation(ValidationPoint point) {
        validationAccuracy = point.accuracy();
    }

    @Override
    public void onPhase(JobPhase phase, double seconds) {
        phases.accept(phase, seconds);
    }

    void finish() {
        finished = true;
    }

    /** Takes these gauges out of the registry if the job has finished; says whether it did. */
    boolean removeIfFinished() {
        if (finished) {
            meters.forEach(registry::remove);
        }
        return finished;
    }

    private void gauge(String name, Tags tags, String description, ToDoubleFunction<JobGauges> value) {
        // A strong reference on purpose: Micrometer holds gauge objects weakly, and these must report until removed.
        meters.add(Gauge.builder(name, this, value).tags(tags).description(description)
                .strongReference(true).register(registry));
    }
}
