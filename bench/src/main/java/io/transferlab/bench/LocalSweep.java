package io.transferlab.bench;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.Figure2Table;
import io.transferlab.analysis.Score;
import io.transferlab.analysis.TextReport;
import io.transferlab.analysis.findings.Findings;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.EvaluationReport;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.plan.Planner;
import io.transferlab.contracts.spec.Dataset;
import io.transferlab.contracts.spec.DatasetRef;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.InputShape;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.validation.SpecValidator;
import io.transferlab.contracts.validation.ValidationBounds;
import io.transferlab.data.DataPreparation;
import io.transferlab.data.HalfParts;
import io.transferlab.data.PreparedData;
import io.transferlab.data.readers.DatasetCatalog;
import io.transferlab.data.shard.ShardCodec;
import io.transferlab.network.checkpoint.Checkpoint;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.evaluation.Evaluator;
import io.transferlab.network.training.CheckpointSink;
import io.transferlab.network.training.JobRunner;
import io.transferlab.network.training.JobSetup;
import io.transferlab.network.training.ProgressListener;
import io.transferlab.network.training.StopSignal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a whole experiment in one process, job after job, without Kafka or object storage. It is the reference the
 * distributed pipeline is measured against (pure training time) and how the quick profile was sized.
 * Usage: {@code LocalSweep [request.json]}; without a file, the default Fashion-MNIST quick experiment.
 */
public final class LocalSweep {

    private final PrintStream out;

    public LocalSweep(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        ExperimentSpec spec = args.length > 0
                ? Json.read(Files.readString(Path.of(args[0])), ExperimentSpec.class)
                : new ExperimentSpec("local-quick", new DatasetRef(Dataset.FASHION_MNIST.id(), null), null, null, null,
                null, null, null, null, null);
        List<String> problems = new SpecValidator(ValidationBounds.DEFAULT).validate(spec);
        if (!problems.isEmpty()) {
            System.err.println("invalid request:\n  " + String.join("\n  ", problems));
            System.exit(2);
        }
        new LocalSweep(System.out).run(spec.resolve());
    }

    public List<SweepRow> run(ResolvedSpec resolved) {
        long started = System.nanoTime();
        Dataset dataset = resolved.dataset().name();
        InputShape shape = dataset.input(resolved.architecture());
        PreparedData data = DataPreparation.prepare(resolved, DatasetCatalog.load(dataset,
                Path.of(resolved.dataset().location()), shape));
        out.printf("data: A=%s B=%s, train/validation/test per half: %s%n", data.classesA(), data.classesB(),
                sizes(data.half(resolved.variants().get(0).target()).parts(resolved.seeds().get(0))));
        String specDigest = Json.digest(resolved);
        List<PlannedJob> plan = Planner.plan(resolved);
        Map<String, Checkpoint> finals = new HashMap<>();
        List<SweepRow> rows = new ArrayList<>();
        for (PlannedJob job : plan) {
            HalfParts half = data.half(job.variant().target()).parts(job.seed());
            TensorSet train = TensorSet.of(half.train());
            JobSetup setup = new JobSetup(job, resolved.architecture(), resolved.budget(), resolved.evaluation(),
                    specDigest, ShardCodec.digest(half.train()), false);
            long began = System.nanoTime();
            Checkpoint done = new JobRunner(setup, ProgressListener.NONE, CheckpointSink.NONE, StopSignal.NEVER)
                    .run(train, TensorSet.of(half.validation()), finals.get(job.parentJobId()), null);
            double trainSeconds = (System.nanoTime() - began) / 1e9;
            if (job.variant().isBase()) {
                finals.put(job.jobId(), done);
            }
            EvaluationReport report = Evaluator.evaluate(done.net(), TensorSet.of(half.test()));
            double best = done.manifest().progress().bestMean(resolved.evaluation().bestK()).orElse(Double.NaN);
            SweepRow row = new SweepRow(job, report.accuracy(), best, trainSeconds);
            rows.add(row);
            out.printf("[%2d/%d] %-10s test %.4f  best-%d validation %.4f  %.1f s%n", rows.size(), plan.size(),
                    job.label(), report.accuracy(), resolved.evaluation().bestK(), best, trainSeconds);
        }
        double total = (System.nanoTime() - started) / 1e9;
        double training = rows.stream().mapToDouble(SweepRow::trainSeconds).sum();
        List<Score> scores = rows.stream().map(SweepRow::score).toList();
        out.println(TextReport.table(Figure2Table.cells(scores), Metric.PRIMARY));
        out.println(TextReport.findings(Findings.of(scores), Metric.PRIMARY));
        out.printf("sweep: %d nets in %.1f s (training %.1f s, %.1f s per net)%n", rows.size(), total, training,
                training / rows.size());
        return rows;
    }

    private static String sizes(HalfParts half) {
        return half.train().count() + "/" + half.validation().count() + "/" + half.test().count();
    }

    /** One trained net: test accuracy of the last checkpoint, the paper's best-k validation mean, training time. */
    public record SweepRow(PlannedJob job, double testAccuracy, double bestValidation, double trainSeconds) {

        Score score() {
            return new Score(job.variant(), job.depth(), job.seed(), testAccuracy, bestValidation);
        }
    }
}
