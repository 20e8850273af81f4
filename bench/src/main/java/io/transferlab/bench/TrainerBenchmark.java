package io.transferlab.bench;

import io.transferlab.contracts.plan.JobPhase;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.Dataset;
import io.transferlab.contracts.spec.DatasetRef;
import io.transferlab.contracts.spec.EvaluationSettings;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.spec.ImageLimit;
import io.transferlab.contracts.spec.ResolvedBudget;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.spec.SplitSpec;
import io.transferlab.contracts.spec.TrainingBudget;
import io.transferlab.contracts.spec.TrainingLength;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.data.DataPreparation;
import io.transferlab.data.HalfParts;
import io.transferlab.data.readers.DatasetCatalog;
import io.transferlab.network.backend.HelperPolicy;
import io.transferlab.network.backend.NativeRuntime;
import io.transferlab.network.backend.NativeState;
import io.transferlab.network.checkpoint.Checkpoint;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.training.CheckpointSink;
import io.transferlab.network.training.IterationStats;
import io.transferlab.network.training.JobRunner;
import io.transferlab.network.training.JobSetup;
import io.transferlab.network.training.ProgressListener;
import io.transferlab.network.training.StopSignal;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Trains compact8 on Fashion-MNIST's half B (classes 5..9) through the trainer's own code path (data preparation as
 * data-prep does it, {@link TensorSet} batches, {@link JobRunner} and its training loop) and prints the steady-state
 * speed: images per second over the iterations after the warm-up, the training FLOPs per image, the estimated peak
 * of this machine. bench/run runs it alternately with the PyTorch reference and prints the ratio.
 * <p>
 * Usage: {@code TrainerBenchmark [warmup iterations] [measured iterations] [batch size] [variant] [n] [cached]},
 * default {@code 10 50 128 baseB 0}; "cached" trains a frozen net on its prefix's activations computed once (the
 * trainer's cache-frozen-prefix option). Threads: OMP_NUM_THREADS, as for the trainer.
 */
public final class TrainerBenchmark {

    private TrainerBenchmark() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 128;
        Variant variant = args.length > 3 ? Variant.fromLabel(args[3]) : Variant.BASE_B;
        int depth = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        boolean cached = args.length > 5 && args[5].equals("cached");
        // As the trainer at start: the native build for this CPU (TRANSFERLAB_NATIVE_BUILD forces one), helpers on.
        NativeRuntime.prepare();
        NativeState nativeState = NativeRuntime.verify(HelperPolicy.WARN);

        int total = warmup + measured;
        // The quick profile's optimiser and data limits; no checkpoint or validation inside the timed iterations.
        TrainingBudget budget = TrainingBudget.builder().iterations(total).batchSize(batch).checkpointEvery(total)
                .build();
        ResolvedSpec spec = new ExperimentSpec("bench", new DatasetRef("fashion-mnist", null),
                SplitSpec.explicit(range(0, 5), range(5, 10)), null, List.of(1), null, null, "quick", budget,
                new EvaluationSettings(total, 1, 100, 100)).resolve();
        HalfParts half = DataPreparation.prepare(spec, DatasetCatalog.load(Dataset.FASHION_MNIST, null,
                Dataset.FASHION_MNIST.input(spec.architecture()))).half(Half.B).parts(1);
        TensorSet train = TensorSet.of(half.train());
        TensorSet validation = TensorSet.of(half.validation());
        // A transfer net copies from a base net: one trained for a single step will do, speed is what is measured.
        Checkpoint source = variant.sourceBase().map(base -> new JobRunner(setup(spec, base, 0, 1, false),
                ProgressListener.NONE, CheckpointSink.NONE, StopSignal.NEVER).run(train, validation, null, null))
                .orElse(null);

        Timing timing = new Timing(warmup, total);
        timing.began = System.nanoTime();
        new JobRunner(setup(spec, variant, depth, total, cached), timing, CheckpointSink.NONE, StopSignal.NEVER)
                .run(train, validation, source, null);

        double imagesPerSecond = (double) measured * batch / timing.seconds();
        long flops = FlopCount.trainingFlopsPerImage(spec.architecture(), train.shape(), train.numClasses());
        Machine machine = Machine.detect();
        System.out.printf(Locale.ROOT, "dl4j images_per_s=%.1f batch=%d iterations=%d threads=%s "
                        + "flops_per_image=%d train_images=%d net=%s%s fit_share=%.3f setup_s=%.3f "
                        + "cache_s=%.3f first_step_s=%.3f step_s=%.3f%n", imagesPerSecond, batch,
                measured, System.getenv().getOrDefault("OMP_NUM_THREADS", "default"), flops, train.count(),
                variant.label() + (depth > 0 ? "-n" + depth : ""), cached ? "-cached" : "",
                timing.fitSeconds() / timing.seconds(), timing.setupSeconds(), timing.cacheSeconds(),
                timing.firstStepSeconds(),
                timing.seconds() / measured);
        System.out.println("machine " + machine + " native_build=" + nativeState.nativeBuild() + " helpers="
                + (nativeState.helpersOn() ? nativeState.convHelper() : "off"));
    }

    private static JobSetup setup(ResolvedSpec spec, Variant variant, int depth, int iterations,
                                  boolean cacheFrozenPrefix) {
        PlannedJob job = new PlannedJob(PlannedJob.id("bench", variant, depth, 1), "bench", variant, depth, 1, null);
        ResolvedBudget b = spec.budget();
        ResolvedBudget budget = new ResolvedBudget(TrainingLength.iterations(iterations), b.batchSize(),
                b.learningRate(), b.lrDecay(), b.lrStepIterations(), b.momentum(), b.weightDecay(), b.dropout(),
                b.trainImagesPerHalf(), iterations, ImageLimit.ALL);
        return new JobSetup(job, spec.architecture(), budget, spec.evaluation(), "bench", "bench",
                cacheFrozenPrefix);
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    /**
     * Wall time from the end of the warm-up to the last iteration (batch assembly and the loop's own work count), and
     * the part of it spent in DL4J's fit: the rest is the loop's per-iteration overhead.
     */
    private static final class Timing implements ProgressListener {

        private final int warmup;
        private final int total;
        private long start;
        private long end;
        private double fitSeconds;
        private double firstStepSeconds;
        private double setupSeconds;
        private double cacheSeconds;
        private long began;

        Timing(int warmup, int total) {
            this.warmup = warmup;
            this.total = total;
        }

        @Override
        public void onPhase(JobPhase phase, double seconds) {
            if (phase == JobPhase.PREFIX_CACHE) {
                cacheSeconds += seconds;
            }
        }

        @Override
        public void onIteration(IterationStats stats) {
            if (stats.iteration() == 1) {
                firstStepSeconds = stats.fitSeconds();
                setupSeconds = (System.nanoTime() - began) / 1e9 - firstStepSeconds;
            }
            if (stats.iteration() > warmup) {
                fitSeconds += stats.fitSeconds();
            }
            if (stats.iteration() == warmup) {
                start = System.nanoTime();
            } else if (stats.iteration() == total) {
                end = System.nanoTime();
            }
        }

        double seconds() {
            return (end - start) / 1e9;
        }

        /** From the job's start to its first step: building the net, and the frozen prefix's activations if cached. */
        double setupSeconds() {
            return setupSeconds;
        }

        /** Computing the frozen prefix's activations, 0 where the loop trained the plain way. */
        double cacheSeconds() {
            return cacheSeconds;
        }

        /** The first step's fit: oneDNN creates its primitives for each layer's shapes there. */
        double firstStepSeconds() {
            return firstStepSeconds;
        }

        double fitSeconds() {
            return fitSeconds;
        }
    }
}
