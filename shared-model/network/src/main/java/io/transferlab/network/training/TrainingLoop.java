package io.transferlab.network.training;

import io.transferlab.contracts.messaging.TrainingProgress;
import io.transferlab.contracts.messaging.ValidationPoint;
import io.transferlab.contracts.plan.JobPhase;
import io.transferlab.network.checkpoint.Checkpoint;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.evaluation.Evaluator;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

/**
 * Mini-batch SGD over the job's budget, resumable: batch order and dropout masks depend only on the job's stream seed
 * (its sweep seed and target half) and the epoch or iteration, so a run resumed from a checkpoint continues exactly as
 * the uninterrupted run would have, and every net of one seed and half visits the same batches. Every few iterations,
 * at the end, and where it is asked to stop, it hands the net to the sink as a checkpoint of the job.
 */
public final class TrainingLoop {

    private final JobSetup setup;
    private final String parentCheckpointId;
    private final ProgressListener listener;
    private final CheckpointSink sink;
    private final StopSignal stop;

    /**
     * @param parentCheckpointId the checkpoint the net copied its layers from (provenance), or null
     * @param stop               asked between steps whether to stop early
     */
    public TrainingLoop(JobSetup setup, String parentCheckpointId, ProgressListener listener, CheckpointSink sink,
                        StopSignal stop) {
        this.setup = setup;
        this.parentCheckpointId = parentCheckpointId;
        this.listener = listener;
        this.sink = sink;
        this.stop = stop;
    }

    /** Where a new job starts: nothing done yet, the whole budget ahead. */
    public TrainingProgress start(TensorSet train) {
        return TrainingProgress.start(setup.budget().totalIterations(train.count()));
    }

    /**
     * Trains from {@code from} to the end of the budget and returns the final checkpoint; or, when asked to stop first,
     * returns (and hands the sink, unless just saved) an incomplete one where it stopped. With the setup's
     * {@code cacheFrozenPrefix}, fits and validates only the layers after a frozen prefix, on the prefix's activations
     * computed once (see {@link FrozenPrefix}), where the net has such a prefix that fits in memory and pays back its
     * cost.
     */
    public Checkpoint run(MultiLayerNetwork net, TensorSet train, TensorSet validation, TrainingProgress from) {
        long imagesAhead = (from.totalIterations() - from.iteration()) * setup.budget().batchSize();
        long cacheBegan = System.nanoTime();
        FrozenPrefix prefix = setup.cacheFrozenPrefix()
                ? FrozenPrefix.of(net, train, validation, imagesAhead).orElse(null) : null;
        if (prefix != null) {
            listener.onPhase(JobPhase.PREFIX_CACHE, (System.nanoTime() - cacheBegan) / 1e9);
        }
        MultiLayerNetwork fitted = prefix == null ? net : prefix.trainable();
        TensorSet batches = prefix == null ? train : prefix.activations();
        TensorSet scored = prefix == null ? validation : prefix.validationActivations();
        int batchSize = setup.budget().batchSize();
        int batchesPerEpoch = setup.budget().batchesPerEpoch(train.count());
        int numClasses = train.numClasses();
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
                Checkpoint checkpoint = checkpoint(net, prefix, stopped, numClasses);
                if (saved != iteration) {
                    sink.save(checkpoint);
                }
                return checkpoint;
            }
            int epoch = (int) (iteration / batchesPerEpoch);
            if (epoch != orderEpoch) {
                order = EpochOrder.permutation(train.count(), setup.orderSeed(), epoch);
                orderEpoch = epoch;
            }
            int start = (int) (iteration % batchesPerEpoch) * batchSize;
            DataSet batch = batches.batch(order, start, Math.min(train.count(), start + batchSize));
            Nd4j.getRandom().setSeed(setup.dropoutSeed(iteration));
            long began = System.nanoTime();
            fitted.fit(batch);
            double seconds = (System.nanoTime() - began) / 1e9;
            iteration++;
            listener.onIteration(new IterationStats(epoch, iteration, total, fitted.score(),
                    batch.numExamples() / Math.max(seconds, 1e-9), seconds));
            if (iteration % setup.evaluation().validateEvery() == 0 || iteration == total) {
                long validationBegan = System.nanoTime();
                ValidationPoint point = new ValidationPoint(iteration, Evaluator.accuracy(fitted, scored));
                listener.onPhase(JobPhase.VALIDATION, (System.nanoTime() - validationBegan) / 1e9);
                validations.add(point);
                listener.onValidation(point);
            }
            if (iteration == total || iteration % setup.budget().checkpointEvery() == 0) {
                sink.save(checkpoint(net, prefix, progress(iteration, batchesPerEpoch, total, validations),
                        numClasses));
                saved = iteration;
            }
        }
        return checkpoint(net, prefix, progress(iteration, batchesPerEpoch, total, validations), numClasses);
    }

    /** The whole net as it stands, its updater state brought up to date from the prefix's rest if one was cached. */
    private Checkpoint checkpoint(MultiLayerNetwork net, FrozenPrefix prefix, TrainingProgress progress,
                                  int numClasses) {
        if (prefix != null) {
            prefix.syncWhole();
        }
        return new Checkpoint(net, setup.manifest(progress, parentCheckpointId, numClasses));
    }

    private static TrainingProgress progress(long iteration, int batchesPerEpoch, long total,
                                             List<ValidationPoint> validations) {
        return new TrainingProgress((int) (iteration / batchesPerEpoch), iteration, total, validations);
    }
}
