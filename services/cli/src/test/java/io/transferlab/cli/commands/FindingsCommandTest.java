package io.transferlab.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.analysis.FindingsCsv;
import io.transferlab.cli.CliRun;
import io.transferlab.contracts.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code transferlab findings FILE.csv} on files written here: the paper's own numbers, three seeds, bad files. */
class FindingsCommandTest {

    @TempDir
    Path work;

    @Test
    void thePapersFigure2InDocsGivesThePapersValuesAndNoVerdictFromOneSeed() throws Exception {
        Path paper = Path.of("../../docs/paper-figure2.csv");
        CliRun run = CliRun.of("findings", paper.toString());

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("1. co-adaptation    NOT_TESTABLE p = n/a")
                .containsPattern("\\* BnB dip +\\+0\\.0186 .* baseB - mean\\(BnB at n = 3, 4, 5\\)")
                .contains("from one seed, whose spread over seeds is unknown");
    }

    @Test
    void threeSeedsGiveVerdictsIntervalsAndTheResultsJsonShape() throws Exception {
        Path file = work.resolve("scores.csv");
        Files.writeString(file, threeSeeds());

        JsonNode json = Json.MAPPER.readTree(CliRun.of("findings", file.toString(), "--format", "json").output());
        assertThat(json.path("cells")).hasSize(1 + 4 * 7);
        assertThat(json.path("findings")).as("the four findings on each of the file's two metrics").hasSize(8);
        JsonNode specificity = json.path("findings").get(1);
        assertThat(specificity.path("key").asText()).isEqualTo("specificity");
        assertThat(specificity.path("metric").asText()).isEqualTo("bestValidation");
        assertThat(specificity.path("verdict").asText()).isEqualTo("SUPPORTED");
        assertThat(specificity.path("measures").get(0).path("ciLow").asDouble()).isPositive();
        assertThat(json.path("warnings")).hasSize(1);
        assertThat(json.path("warnings").get(0).asText()).contains("AnB n = 2 seed 3 has no finite test");

        CliRun csv = CliRun.of("findings", file.toString(), "--format", "csv");
        assertThat(csv.output()).startsWith(FindingsCsv.HEADER).contains("bestValidation,true,2,specificity,"
                + "SUPPORTED,");
        assertThat(CliRun.of("findings", file.toString()).output()).contains("2. specificity      SUPPORTED")
                .contains("Warnings:");
    }

    @Test
    void aMalformedFileIsRefusedWithItsLineNumber() throws Exception {
        Path file = work.resolve("bad.csv");
        Files.writeString(file, "variant,n,seed,test,bestValidation\nbaseB,0,1,0.8,0.8\nAnB,9,1,0.7,0.7\n");

        CliRun run = CliRun.of("findings", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.output()).contains("bad.csv: line 3: n = 9 for AnB: base nets are at n = 0, transfer nets at "
                + "1..7");
        Files.writeString(file, "variant;n;seed\n");
        assertThat(CliRun.of("findings", file.toString()).output()).contains("line 1: expected the header");
    }

    /** Paper-shaped scores around 0.80 for three seeds, with small noise; one NaN. */
    private static String threeSeeds() {
        StringBuilder csv = new StringBuilder("variant,n,seed,test,bestValidation\n");
        Random random = new Random(9);
        double[][] series = {
                {0.6267, 0.6235, 0.6211, 0.6048, 0.5935, 0.6188, 0.6232},
                {0.6177, 0.6215, 0.6313, 0.6287, 0.6301, 0.6276, 0.6266},
                {0.6282, 0.6239, 0.6189, 0.5998, 0.5780, 0.5806, 0.5425},
                {0.6373, 0.6358, 0.6426, 0.6398, 0.6446, 0.6460, 0.6465}};
        String[] labels = {"BnB", "BnB+", "AnB", "AnB+"};
        for (int seed = 1; seed <= 3; seed++) {
            csv.append(String.format(Locale.ROOT, "baseB,0,%d,0.8,0.8%n", seed));
            for (int v = 0; v < labels.length; v++) {
                for (int n = 1; n <= 7; n++) {
                    double value = 0.8 + series[v][n - 1] - 0.6251 + 0.002 * random.nextGaussian();
                    String test = labels[v].equals("AnB") && n == 2 && seed == 3 ? "NaN"
                            : String.format(Locale.ROOT, "%.4f", value);
                    csv.append(String.format(Locale.ROOT, "%s,%d,%d,%s,%.4f%n", labels[v], n, seed, test, value));
                }
            }
        }
        return csv.toString();
    }
}
