package io.transferlab.network.training;

import io.transferlab.contracts.messaging.CheckpointManifest;
import io.transferlab.contracts.messaging.Provenance;
import io.transferlab.contracts.messaging.TrainingProgress;
import io.transferlab.network.architecture.Architectures;
import io.transferlab.network.checkpoint.Checkpoint;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.model.TransferNets;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.util.function.Consumer;

/**
 * Runs one planned job end to end: builds its net (or takes the one it resumes), trains it through the budget and
 * hands every checkpoint, mid-training and final, to the sink with its manifest. Asked to stop, it checkpoints where it
 * is and returns an incomplete checkpoint.
 */
public final class JobRunner {

    private final JobSetup setup;
    private final ProgressListener listener;
    private final Consumer<Checkpoint> sink;
    private final boolean cacheFrozenPrefix;
    private final StopSignal stop;

    public JobRunner(JobSetup setup, ProgressListener listener, Consumer<Checkpoint> sink) {
        this(setup, listener, sink, false, StopSignal.NEVER);
    }

    /**
     * @param cacheFrozenPrefix train a frozen net's later layers on its prefix's activations computed once
     * @param stop              asked between steps whether to stop early
     */
    public JobRunner(JobSetup setup, ProgressListener listener, Consumer<Checkpoint> sink, boolean cacheFrozenPrefix,
                     StopSignal stop) {
        this.setup = setup;
        this.listener = listener;
        this.sink = sink;
        this.cacheFrozenPrefix = cacheFrozenPrefix;
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
        TrainingLoop loop = new TrainingLoop(setup.budget(), setup.evaluation(), setup.jobSeed(), listener,
                (net, progress, complete) -> sink.accept(new Checkpoint(net,
                        manifest(progress, complete, source, train.numClasses()))), stop);
        MultiLayerNetwork net;
        TrainingProgress from;
        if (resume != null) {
            net = resume.net();
            from = resume.manifest().progress();
        } else {
            net = TransferNets.build(setup.job().variant(), setup.job().depth(),
                    Architectures.of(setup.architecture()), train.shape(), train.numClasses(), setup.budget(),
                    setup.jobSeed(), source == null ? null : source.net());
            from = loop.start(train);
        }
        TrainingProgress end = cacheFrozenPrefix ? loop.runOnCachedPrefix(net, train, validation, from)
                : loop.run(net, train, validation, from);
        return new Checkpoint(net, manifest(end, end.finished(), source, train.numClasses()));
    }

    private CheckpointManifest manifest(TrainingProgress progress, boolean complete, Checkpoint source,
                                        int numClasses) {
        Provenance provenance = new Provenance(setup.specDigest(), setup.job().seed(), setup.jobSeed(),
                setup.dataDigest(), source == null ? null : source.manifest().checkpointId(), CodeVersion.get());
        return new CheckpointManifest(CheckpointManifest.checkpointId(setup.job().jobId(), progress.iteration()),
                setup.job().jobId(), setup.job().variant(), setup.job().depth(), numClasses, complete, progress,
                provenance);
    }
}
