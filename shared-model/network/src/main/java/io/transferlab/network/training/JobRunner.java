package io.transferlab.network.training;

import io.transferlab.contracts.plan.JobPhase;
import io.transferlab.network.architecture.Architectures;
import io.transferlab.network.checkpoint.Checkpoint;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.model.TransferNets;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Runs one planned job end to end, the one way every caller trains a job: builds its net (or takes the one it
 * resumes) and trains it through the budget in a {@link TrainingLoop}, which hands every checkpoint, mid-training and
 * final, to the sink. Asked to stop, it checkpoints where it is and returns an incomplete checkpoint.
 */
public final class JobRunner {

    private final JobSetup setup;
    private final ProgressListener listener;
    private final CheckpointSink sink;
    private final StopSignal stop;

    /** @param stop asked between steps whether to stop early ({@link StopSignal#NEVER} to train to the end) */
    public JobRunner(JobSetup setup, ProgressListener listener, CheckpointSink sink, StopSignal stop) {
        this.setup = setup;
        this.listener = listener;
        this.sink = sink;
        this.stop = stop;
    }

    /**
     * @param source the final checkpoint of the base net this job copies from, or null
     * @param resume the job's own latest checkpoint to continue from, or null to start afresh
     */
    public Checkpoint run(TensorSet train, TensorSet validation, Checkpoint source, Checkpoint resume) {
        if (resume != null && resume.manifest().complete()) {
            return resume;
        }
        TrainingLoop loop = new TrainingLoop(setup, source == null ? null : source.manifest().checkpointId(),
                listener, sink, stop);
        if (resume != null) {
            return loop.run(resume.net(), train, validation, resume.manifest().progress());
        }
        long began = System.nanoTime();
        MultiLayerNetwork net = TransferNets.build(setup.job().variant(), setup.job().depth(),
                Architectures.of(setup.architecture()), train.shape(), train.numClasses(), setup.budget(),
                setup.streamSeed(), source == null ? null : source.net());
        listener.onPhase(JobPhase.BUILD, (System.nanoTime() - began) / 1e9);
        return loop.run(net, train, validation, loop.start(train));
    }
}
