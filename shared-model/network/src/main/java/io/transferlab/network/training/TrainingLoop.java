package io.transferlab.network.training;

import io.transferlab.contracts.messaging.TrainingProgress;
import io.transferlab.contracts.messaging.ValidationPoint;
import io.transferlab.contracts.spec.ResolvedBudget;
import io.transferlab.contracts.spec.ResolvedEvaluation;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.evaluation.Evaluator;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

/**
 * Mini-batch SGD over the budget, resumable: batch order and dropout masks depend only on (seed, iteration), so a run
 * resumed from a checkpoint continues exactly as the uninterrupted run would have.
 */
public final class TrainingLoop {

    private final ResolvedBudget budget;
    private final ResolvedEvaluation evaluation;
    private final long seed;
    private final ProgressListener listener;
    private final CheckpointSink sink;
    private final StopSignal stop;

    public TrainingLoop(ResolvedBudget budget, ResolvedEvaluation evaluation, long seed, ProgressListener listener,
                        CheckpointSink sink, StopSignal stop) {
        this.budget = budget;
        this.evaluation = evaluation;
        this.seed = seed;
        this.listener = listener;
        this.sink = sink;
        this.stop = stop;
    }

    /** Where a new job starts: nothing done yet, the whole budget ahead. */
    public TrainingProgress start(TensorSet train) {
        return TrainingProgress.start(budget.totalIterations(train.count()));
    }

    /**
     * Trains from {@code from} to the end of the budget and hands the final net to the sink as complete; or, when
     * asked to stop first, hands the net as it stands to the sink as incomplete and returns where it stopped.
     */
    public TrainingProgress run(MultiLayerNetwork net, TensorSet train, TensorSet validation, TrainingProgress from) {
        return train(net, train, validation, from, null);
    }

    /**
     * As {@link #run}, fitting only the layers after a frozen prefix on the prefix's activations computed once (see
     * {@link FrozenPrefix}); the plain way where there is no such prefix, it would not fit in memory, or the training
     * ahead is too short to pay the cache back.
     */
    public TrainingProgress runOnCachedPrefix(MultiLayerNetwork net, TensorSet train, TensorSet validation,
                                              TrainingProgress from) {
        long imagesAhead = (from.totalIterations() - from.iteration()) * budget.batchSize();
        return train(net, train, validation, from, FrozenPrefix.of(net, train, imagesAhead).orElse(null));
    }

    private TrainingProgress train(MultiLayerNetwork net, TensorSet train, TensorSet validation, TrainingProgress from,
                                 FrozenPrefix prefix) {
        MultiLayerNetwork fitted = prefix == null ? net : prefix.trainable();
        TensorSet batches = prefix == null ? train : prefix.activations();
        int batchSize = budget.batchSize();
        int batchesPerEpoch = budget.batchesPerEpoch(train.count());
        long total = from.totalIterations();
        long iteration = from.iteration();
        List<ValidationPoint> validations = new ArrayList<>(from.validations());
        net.setIterationCount((int) iteration);
        fitted.setIterationCount((int) iteration);
        int[] order = null;
        int orderEpoch = -1;
        long saved = iteration;
        while (iteration < total) {
            if (stop.stopRequested()) {
                TrainingProgress stopped = progress(iteration, batchesPerEpoch, total, validations);
                if (saved != iteration) {
                    save(net, prefix, stopped, false);
                }
                return stopped;
            }
            int epoch = (int) (iteration / batchesPerEpoch);
            if (epoch != orderEpoch) {
                order = EpochOrder.permutation(train.count(), seed, epoch);
                orderEpoch = epoch;
            }
            int start = (int) (iteration % batchesPerEpoch) * batchSize;
            DataSet batch = batches.batch(order, start, Math.min(train.count(), start + batchSize));
            Nd4j.getRandom().setSeed(EpochOrder.mix(seed, iteration));
            long began = System.nanoTime();
            fitted.fit(batch);
            double seconds = (System.nanoTime() - began) / 1e9;
            iteration++;
            listener.onIteration(new IterationStats(epoch, iteration, total, fitted.score(),
                    batch.numExamples() / Math.max(seconds, 1e-9), seconds));
            if (iteration % evaluation.validateEvery() == 0 || iteration == total) {
                ValidationPoint point = new ValidationPoint(iteration, Evaluator.accuracy(net, validation));
                validations.add(point);
                listener.onValidation(point);
            }
            boolean complete = iteration == total;
            if (complete || iteration % budget.checkpointEvery() == 0) {
                save(net, prefix, progress(iteration, batchesPerEpoch, total, validations), complete);
                saved = iteration;
            }
        }
        return progress(iteration, batchesPerEpoch, total, validations);
    }

    private void save(MultiLayerNetwork net, FrozenPrefix prefix, TrainingProgress progress, boolean complete) {
        if (prefix != null) {
            prefix.syncWhole();
        }
        sink.save(net, progress, complete);
    }

    private static TrainingProgress progress(long iteration, int batchesPerEpoch, long total,
                                             List<ValidationPoint> validations) {
        return new TrainingProgress((int) (iteration / batchesPerEpoch), iteration, total, validations);
    }
}
