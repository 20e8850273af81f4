package io.transferlab.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.analysis.Metric;
import io.transferlab.cli.CliRun;
import io.transferlab.contracts.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six tables a reviewer tried on {@code transferlab findings FILE.csv --format json}, each of which once gave a
 * wrong verdict or a wrong paper value with certainty: identical seeds, the accuracy ceiling, a conflicting duplicate,
 * other depths than the paper's, NaN cells, and a dip without recovery.
 */
class ReviewerTablesTest {

    private static final String HEADER = "variant,n,seed,test,bestValidation\n";
    /** The paper's Figure 2 (BnB, BnB+, AnB, AnB+ at n = 1..7; baseB 0.6251), the shape the tables take. */
    private static final String[] LABELS = {"BnB", "BnB+", "AnB", "AnB+"};
    private static final double[][] PAPER = {
            {0.6267, 0.6235, 0.6211, 0.6048, 0.5935, 0.6188, 0.6232},
            {0.6177, 0.6215, 0.6313, 0.6287, 0.6301, 0.6276, 0.6266},
            {0.6282, 0.6239, 0.6189, 0.5998, 0.5780, 0.5806, 0.5425},
            {0.6373, 0.6358, 0.6426, 0.6398, 0.6446, 0.6460, 0.6465}};

    @TempDir
    Path work;

    @Test
    void threeIdenticalSeedsAreNotTestableNeverCertain() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int seed = 1; seed <= 3; seed++) {
            csv.append(paperShaped(seed, 0, null, n -> true));
        }
        JsonNode json = findings(csv.toString());

        for (JsonNode finding : json.path("findings")) {
            assertThat(finding.path("verdict").asText()).as(finding.path("key").asText()).isEqualTo("NOT_TESTABLE");
            assertThat(finding.has("p")).isFalse();
            assertThat(finding.path("measures").get(0).has("ciLow")).as("no zero-width interval").isFalse();
        }
        // the three findings whose nets were run say why; random features had no RnB to measure
        for (String key : new String[]{"co-adaptation", "specificity", "fine-tuning"}) {
            assertThat(finding(json, key).path("reason").asText()).contains("every one of the 3 seeds gave");
        }
    }

    @Test
    void aTableAtTheCeilingIsNotTestableWhereOneImageDecides() throws IOException {
        // Every net 1.0 but AnB n = 7 at 0.998 (one image of 500) on every seed.
        StringBuilder csv = new StringBuilder(HEADER);
        for (int seed = 1; seed <= 3; seed++) {
            csv.append(String.format(Locale.ROOT, "baseB,0,%d,1.0,1.0%n", seed));
            for (String label : new String[]{"BnB", "BnB+", "AnB", "AnB+", "RnB"}) {
                for (int n = 1; n <= 7; n++) {
                    String value = label.equals("AnB") && n == 7 ? "0.998" : "1.0";
                    csv.append(String.format(Locale.ROOT, "%s,%d,%d,%s,%s%n", label, n, seed, value, value));
                }
            }
        }
        JsonNode json = findings(csv.toString());

        assertThat(verdict(json, "specificity")).isEqualTo("NOT_TESTABLE");
        assertThat(verdict(json, "random-features")).isEqualTo("NOT_TESTABLE");
        assertThat(json.path("findings")).noneMatch(f -> f.path("verdict").asText().equals("SUPPORTED")
                || f.path("verdict").asText().equals("CONTRADICTED"));
    }

    @Test
    void aNetGivenTwiceWithDifferentScoresIsRefusedNamingBothLines() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int seed = 1; seed <= 3; seed++) {
            csv.append(paperShaped(seed, 0.002, new Random(seed), n -> true));
        }
        int first = 2; // seed 1's baseB row, right after the header
        csv.append("baseB,0,1,0.5251,0.5251\n"); // a diverged rerun, 0.10 lower
        int second = (int) csv.toString().lines().count();
        Path file = work.resolve("duplicate.csv");
        Files.writeString(file, csv);

        CliRun run = CliRun.of("findings", file.toString(), "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.output()).contains("lines " + first + " and " + second + ": baseB n = 0 seed 1 is given twice "
                + "with different scores").contains("0.6251").contains("0.5251");
    }

    @Test
    void onDepthsOneThreeFiveSevenThePaperValueAndTheLabelUseExactlyThoseDepths() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int seed = 1; seed <= 3; seed++) {
            csv.append(paperShaped(seed, 0.002, new Random(10 + seed), n -> n % 2 == 1));
        }
        JsonNode specificity = measure(findings(csv.toString()), "specificity", 0);

        assertThat(specificity.path("definition").asText()).isEqualTo("mean over n = 7 of (BnB - AnB)");
        // the paper at n = 7: 0.6232 - 0.5425, not its mean over n = 6, 7 (0.0595)
        assertThat(specificity.path("paper").asDouble()).isCloseTo(0.0807, org.assertj.core.data.Offset.offset(1e-9));
        JsonNode dip = measure(findings(csv.toString()), "co-adaptation", 0);
        assertThat(dip.path("definition").asText()).isEqualTo("baseB - mean(BnB at n = 3, 5)");
        assertThat(dip.path("paper").asDouble()).isCloseTo(0.6251 - (0.6211 + 0.5935) / 2,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aCellWithNanValuesHasItsIntervalOverItsFiniteValues() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        Random random = new Random(5);
        for (int seed = 1; seed <= 5; seed++) {
            csv.append(paperShaped(seed, 0.002, random, n -> true));
            for (int n = 1; n <= 7; n++) {
                String value = n == 5 && seed <= 2 ? "NaN" : String.format(Locale.ROOT, "%.4f",
                        0.55 + 0.01 * random.nextGaussian());
                csv.append(String.format(Locale.ROOT, "RnB,%d,%d,%s,%s%n", n, seed, value, value));
            }
        }
        JsonNode json = findings(csv.toString());

        JsonNode cell = null;
        for (JsonNode c : json.path("cells")) {
            if (c.path("variant").asText().equals("RnB") && c.path("depth").asInt() == 5) {
                cell = c;
            }
        }
        assertThat(cell).isNotNull();
        assertThat(cell.path("count").asInt()).isEqualTo(5);
        for (JsonNode metric : cell.path("metrics")) {
            assertThat(metric.path("count").asInt()).as(metric.path("metric").asText()).isEqualTo(3);
        }
        assertThat(cell.path("metrics")).hasSize(Metric.values().length);
        assertThat(json.path("warnings")).hasSize(4);
    }

    @Test
    void aDipThatNeverRecoversContradictsCoAdaptation() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        Random random = new Random(6);
        for (int seed = 1; seed <= 4; seed++) {
            csv.append(String.format(Locale.ROOT, "baseB,0,%d,0.80,0.80%n", seed));
            for (int n = 1; n <= 7; n++) {
                // flat to n = 2, then falling 1.5 points a layer: a dip below baseB that never comes back
                double value = (n < 3 ? 0.80 : 0.785 - 0.015 * (n - 3)) + 0.003 * random.nextGaussian();
                csv.append(String.format(Locale.ROOT, "BnB,%d,%d,%.4f,%.4f%n", n, seed, value, value));
            }
        }
        JsonNode json = findings(csv.toString());

        assertThat(verdict(json, "co-adaptation")).isEqualTo("CONTRADICTED");
        assertThat(measure(json, "co-adaptation", 0).path("verdict").asText()).isEqualTo("SUPPORTED");
        assertThat(measure(json, "co-adaptation", 1).path("mean").asDouble()).isNegative();
    }

    private JsonNode findings(String csv) throws IOException {
        Path file = work.resolve("scores.csv");
        Files.writeString(file, csv);
        CliRun run = CliRun.of("findings", file.toString(), "--format", "json");
        assertThat(run.exit()).as(run.output()).isZero();
        return Json.MAPPER.readTree(run.output());
    }

    private static String verdict(JsonNode json, String key) {
        return finding(json, key).path("verdict").asText();
    }

    private static JsonNode measure(JsonNode json, String key, int index) {
        return finding(json, key).path("measures").get(index);
    }

    /** The primary metric's finding. */
    private static JsonNode finding(JsonNode json, String key) {
        for (JsonNode finding : json.path("findings")) {
            if (finding.path("key").asText().equals(key) && finding.path("primary").asBoolean()) {
                return finding;
            }
        }
        throw new AssertionError("no finding " + key);
    }

    /** One seed's baseB and the paper's four series at the depths kept, each with noise of sd {@code noise}. */
    private static String paperShaped(int seed, double noise, Random random, Predicate<Integer> depths) {
        StringBuilder csv = new StringBuilder(String.format(Locale.ROOT, "baseB,0,%d,0.6251,0.6251%n", seed));
        for (int v = 0; v < LABELS.length; v++) {
            for (int n = 1; n <= 7; n++) {
                if (depths.test(n)) {
                    double value = PAPER[v][n - 1] + (random == null ? 0 : noise * random.nextGaussian());
                    csv.append(String.format(Locale.ROOT, "%s,%d,%d,%.4f,%.4f%n", LABELS[v], n, seed, value, value));
                }
            }
        }
        return csv.toString();
    }
}
