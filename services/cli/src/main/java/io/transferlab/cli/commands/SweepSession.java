package io.transferlab.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.analysis.Metric;
import io.transferlab.analysis.ScoresCsv;
import io.transferlab.analysis.design.Calibration;
import io.transferlab.analysis.study.StudyReport;
import io.transferlab.cli.client.AggregatorClient;
import io.transferlab.cli.client.RequestAnswer;
import io.transferlab.cli.client.RequestPublisher;
import io.transferlab.cli.output.ResultsReport;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.StudyResult;
import io.transferlab.contracts.spec.DataDraw;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Publishes a request and, when asked, follows it to the end, prints Figure 2 and the findings and writes the results
 * (JSON, CSV, the figure as SVG and PNG) to a folder; for a study, each level's, then the study's gains, finding and
 * advice.
 */
final class SweepSession {

    /** How long a plain submit waits for data-prep's answer (accepting a big data set splits it first). */
    private static final Duration ANSWER_WAIT = Duration.ofMinutes(2);

    /** How long the study's result may lag behind its last level's completion (the aggregator reads both). */
    private static final Duration STUDY_RESULT_WAIT = Duration.ofSeconds(30);

    private final String kafka;
    private final AggregatorClient aggregator;
    private final PrintStream out;

    SweepSession(String kafka, String aggregatorUrl, PrintStream out) {
        this.kafka = kafka;
        this.aggregator = new AggregatorClient(aggregatorUrl);
        this.out = out;
    }

    /**
     * Publishes the request and waits for data-prep's answer to it (not to an earlier request with the same id);
     * when accepted and asked to, follows it to the end.
     *
     * @return the process exit status: 0 accepted (and complete, when followed), 1 no answer, 2 rejected
     */
    int run(String request, boolean follow, Path resultsRoot, Duration timeout)
            throws InterruptedException, IOException {
        String id = RequestPublisher.requestId(request);
        Duration wait = follow ? timeout : ANSWER_WAIT;
        Optional<RequestAnswer.Answer> answer = publish(id, request, wait);
        if (id == null) {
            out.println("published a request without a readable experimentId; data-prep will reject it "
                    + "(see topic transferlab.rejections)");
            return ExitCodes.REJECTED;
        }
        if (answer.isEmpty()) {
            out.println("no answer from data-prep within " + wait.toSeconds()
                    + " s; the request waits in transferlab.requests until data-prep reads it");
            return follow ? ExitCodes.ERROR : ExitCodes.OK;
        }
        if (!answer.get().accepted()) {
            out.println("rejected " + Ids.display(id) + ":");
            answer.get().reasons().forEach(reason -> out.println("  - " + reason));
            return ExitCodes.REJECTED;
        }
        RequestAnswer.Answer accepted = answer.get();
        out.println("accepted " + id + ": " + accepted.nets() + " nets" + (accepted.levels().isEmpty() ? ""
                : " in " + accepted.levels().size() + " experiments, one per level: "
                + String.join(", ", accepted.experiments()) + " (nets the levels share are trained once)")
                + "; the paper's metric averages each net's best " + accepted.bestK() + " validation scores");
        if (!follow) {
            return ExitCodes.OK;
        }
        for (String experiment : accepted.experiments()) {
            out.println("live page: " + aggregator.pageUrl(experiment));
            new Follower(aggregator, out, timeout).follow(experiment);
            JsonNode results = aggregator.results(experiment).orElseThrow();
            out.println(ResultsReport.format(results, Metric.PRIMARY));
            Path folder = resultsRoot.resolve(accepted.levels().isEmpty() ? experiment : id + "/" + experiment);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("results.json"), results.toPrettyString());
            for (String file : new String[]{"results.csv", "scores.csv", "findings.csv", "figure.svg", "figure.png"}) {
                aggregator.bytes(experiment, file).ifPresent(bytes -> write(folder.resolve(file), bytes));
            }
            if (pairedSeeds(request)) {
                calibrate(folder);
            }
            out.println("results written to " + folder.toAbsolutePath());
        }
        return accepted.levels().isEmpty() ? ExitCodes.OK : writeStudy(id, resultsRoot.resolve(id));
    }

    /** Whether the request trains seed pairs on one data draw: an A/A calibration (the calibrate preset). */
    private static boolean pairedSeeds(String request) throws IOException {
        return DataDraw.PAIRED_SEEDS.label().equals(Json.MAPPER.readTree(request).path("split").path("draw")
                .asText());
    }

    /**
     * The A/A calibration of the findings' test on this run's seed pairs (the scores just written beside the results),
     * in groups as large as the default run's seeds, printed and written beside the results.
     */
    private void calibrate(Path folder) throws IOException {
        Calibration calibration = Calibration.of(ScoresCsv.read(Files.readString(folder.resolve("scores.csv"))),
                Metric.PRIMARY, RequestSource.preset("default").path("seeds").size());
        out.println(calibration.text());
        Files.writeString(folder.resolve("calibration.txt"), calibration.text() + "\n");
    }

    /** The study's result as the aggregator serves it, once its last level is complete, printed and written. */
    private int writeStudy(String id, Path folder) throws InterruptedException, IOException {
        long until = System.nanoTime() + STUDY_RESULT_WAIT.toNanos();
        Optional<JsonNode> result = studyResult(id);
        while (result.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(500);
            result = studyResult(id);
        }
        if (result.isEmpty()) {
            out.println("the aggregator has no result for study " + id + " although its levels are complete");
            return ExitCodes.ERROR;
        }
        String report = StudyReport.text(Json.MAPPER.convertValue(result.get(), StudyResult.class));
        out.println(report);
        Files.writeString(folder.resolve("study.json"), result.get().toPrettyString());
        Files.writeString(folder.resolve("study.txt"), report);
        for (String file : new String[]{"figure.svg", "figure.png"}) {
            aggregator.studyBytes(id, file).ifPresent(bytes -> write(folder.resolve("study-" + file), bytes));
        }
        out.println("study written to " + folder.toAbsolutePath());
        return ExitCodes.OK;
    }

    private Optional<JsonNode> studyResult(String id) {
        return aggregator.study(id).map(study -> study.path("result")).filter(JsonNode::isObject);
    }

    /** Listens before publishing, so that only answers to this very request count; none for a request without id. */
    private Optional<RequestAnswer.Answer> publish(String id, String request, Duration wait) {
        try (RequestAnswer answers = RequestAnswer.listen(kafka)) {
            RequestPublisher.publish(kafka, id, request);
            if (id == null) {
                return Optional.empty();
            }
            out.println("submitted " + Ids.display(id) + "; waiting for data-prep's answer ...");
            return answers.await(id, wait);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
