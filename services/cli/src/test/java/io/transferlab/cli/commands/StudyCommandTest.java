package io.transferlab.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.transferlab.cli.CliRun;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.Choice;
import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.LevelAdvice;
import io.transferlab.contracts.messaging.Measure;
import io.transferlab.contracts.messaging.StudyLevelResult;
import io.transferlab.contracts.messaging.StudyResult;
import io.transferlab.contracts.messaging.TransferGain;
import io.transferlab.contracts.messaging.Verdict;
import io.transferlab.contracts.spec.StudyAxis;
import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code transferlab study ID} against a stand-in aggregator serving a study as GET /studies/{id} does. */
class StudyCommandTest {

    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";

    @TempDir
    Path work;
    private HttpServer aggregator;

    @AfterEach
    void stop() {
        if (aggregator != null) {
            aggregator.stop(0);
        }
    }

    @Test
    void printsTheLevelsTheGainsTheFindingWithItsDecidingMeasureAndTheAdviceAndWritesTheFigure() throws Exception {
        String url = serve(Map.of("/studies/sz", Json.write(study(result())), "/studies/sz/figure.svg", SVG));
        Path figure = work.resolve("out/sz.svg");

        CliRun run = CliRun.of("study", "sz", "--aggregator", url, "--figure", figure.toString());

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("study sz: COMPLETE, 2 / 2 levels complete")
                .containsPattern("  60 +sz-60 +COMPLETE +8 / 8 jobs")
                .containsPattern("  60 +1  \\+0\\.0500 \\[\\+0\\.0300, \\+0\\.0700\\] +-0\\.0100 \\[")
                .containsPattern("  600 +1  \\+0\\.0100 \\[")
                .contains("finding small-target: SUPPORTED")
                .contains("deciding gain difference: [mean over n = 1 of (AnB+ - baseB)] at 60 - at 600 = "
                        + "+0.0400 [+0.0200, +0.0600]")
                .containsPattern("  60 +best AnB\\+ n=1 0\\.6500 \\[0\\.6400, 0\\.6600\\], loses at most 0\\.0000; "
                        + "cheapest within 0\\.0100: AnB n=1 0\\.5900")
                .containsPattern("  600 +best AnB\\+ n=1");
        assertThat(Files.readString(figure)).isEqualTo(SVG);
    }

    @Test
    void aStudyStillRunningShowsItsLevelsProgress() throws Exception {
        ObjectNode running = study(null);
        running.put("state", "RUNNING").put("levelsDone", 1);
        String url = serve(Map.of("/studies/sz", Json.write(running)));

        CliRun run = CliRun.of("study", "sz", "--aggregator", url);

        assertThat(run.exit()).isZero();
        assertThat(run.output()).contains("study sz: RUNNING, 1 / 2 levels complete")
                .contains("come when every level is complete").doesNotContain("finding small-target");
    }

    @Test
    void anUnknownStudyOrABadFigureNameIsSaidInOneLine() throws Exception {
        String url = serve(Map.of());

        assertThat(CliRun.of("study", "nope", "--aggregator", url).exit()).isEqualTo(ExitCodes.UNKNOWN_EXPERIMENT);
        CliRun badName = CliRun.of("study", "sz", "--aggregator", url, "--figure", "x.gif");
        assertThat(badName.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badName.output()).contains("must end in .svg or .png");
    }

    /** GET /studies/{id} as the aggregator answers it: the levels' progress, the result once complete. */
    private static ObjectNode study(StudyResult result) {
        ObjectNode study = Json.MAPPER.createObjectNode().put("studyId", "sz").put("axis", "TARGET_SIZE")
                .put("state", "COMPLETE").put("levelsDone", 2).put("levelsTotal", 2);
        for (String label : List.of("60", "600")) {
            study.withArray("levels").addObject().put("label", label).put("value", Double.parseDouble(label))
                    .put("experimentId", "sz-" + label).put("state", result == null && label.equals("600")
                            ? "RUNNING" : "COMPLETE").put("jobsDone", 8).put("jobsTotal", 8);
        }
        study.set("result", Json.MAPPER.valueToTree(result));
        return study;
    }

    private static StudyResult result() {
        Measure deciding = new Measure("gain difference", "[mean over n = 1 of (AnB+ - baseB)] at 60 - at 600", true,
                0.04, 0.002, 0.02, 0.06, 2, null, Verdict.SUPPORTED, "beyond the noise", null, null, null);
        Finding finding = new Finding(1, "small-target", "fine-tuned transfer gains more as the target set shrinks",
                "two-sided t-test over seeds at 5%", "bestValidation", true, Verdict.SUPPORTED, 0.01,
                "the expected effect beyond the noise", List.of(deciding));
        Choice fineTuned = new Choice(Variant.ANB_PLUS, 1, 0.65, 0.64, 0.66, 2, 0, 0.0);
        Choice frozen = new Choice(Variant.ANB, 1, 0.59, 0.58, 0.60, 2, 1, null);
        return new StudyResult("sz", StudyAxis.TARGET_SIZE, List.of(new StudyLevelResult("60", 60, "sz-60", "d1"),
                new StudyLevelResult("600", 600, "sz-600", "d2")), "bestValidation", List.of(
                new TransferGain("60", Variant.ANB_PLUS, 1, 0.05, 0.03, 0.07, 2),
                new TransferGain("60", Variant.ANB, 1, -0.01, -0.02, 0.0, 2),
                new TransferGain("600", Variant.ANB_PLUS, 1, 0.01, 0.0, 0.02, 2),
                new TransferGain("600", Variant.ANB, 1, -0.02, -0.03, -0.01, 2)), finding, List.of(
                new LevelAdvice("60", fineTuned, frozen, 0.01, "why"), new LevelAdvice("600", fineTuned, fineTuned, 0.01, "why")),
                List.of(), 1L);
    }

    /** A stand-in aggregator: each path its body, any other a 404. */
    private String serve(Map<String, String> bodies) throws IOException {
        aggregator = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        aggregator.createContext("/", exchange -> {
            String body = bodies.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "{\"error\":\"unknown\"}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        aggregator.start();
        return "http://127.0.0.1:" + aggregator.getAddress().getPort();
    }
}
