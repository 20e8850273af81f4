package io.transferlab.analysis.figure;

import io.transferlab.analysis.Cells;
import io.transferlab.analysis.Metric;
import io.transferlab.contracts.messaging.ResultCell;
import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Figure2Test {

    private static final List<ResultCell> CELLS = List.of(
            Cells.cell(Variant.BASE_B, 0, 2, 0.62, 0.01, 0.61, 0.01),
            Cells.cell(Variant.BNB, 1, 2, 0.63, 0.02, 0.52, 0.02),
            Cells.cell(Variant.BNB, 2, 2, 0.60, 0.0, 0.60, 0.0),
            Cells.cell(Variant.ANB_PLUS, 1, 2, 0.64, 0.01, 0.64, 0.01));

    @Test
    void drawsEveryPointWithItsErrorBarTheBaseLineAndThePapersCurves() throws Exception {
        String svg = Figure2.svg("exp <1>", CELLS, Metric.TEST);

        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(svg).contains("exp &lt;1&gt;");
        // 95% intervals over 2 seeds: t(0.975, 1) = 12.706, so 12.706 x 0.02 / sqrt(2)
        assertThat(svg).contains("BnB n=1: 0.6300, 95% interval ± 0.1797 (2 seeds)")
                .contains("BnB n=2: 0.6000, 95% interval ± 0.0000")
                .contains("AnB+ n=1: 0.6400");
        // our BnB series, and the paper's BnB and AnB+ moved onto our baseB (faint, dotted)
        assertThat(count(svg, "<polyline")).isEqualTo(1 + 2);
        assertThat(count(svg, "stroke-opacity=\"0.45\"")).isEqualTo(2);
        assertThat(svg).contains("paper, moved to");
        // three error bars of three lines each: BnB n=1, AnB+ n=1 and the base (whose bar sits on its point)
        assertThat(count(svg, "<title>")).isEqualTo(4);
    }

    @Test
    void theMetricChoosesWhichNumbersArePlotted() {
        String svg = Figure2.svg("t", CELLS, Metric.BEST_VALIDATION);

        assertThat(svg).contains("BnB n=1: 0.5200, 95% interval ± 0.1797")
                .contains("mean of the best validation scores");
    }

    @Test
    void withoutBaseBThePapersCurvesHaveNothingToBeMovedTo() {
        String svg = Figure2.svg("t", CELLS.subList(1, 3), Metric.TEST);

        assertThat(svg).doesNotContain("paper, moved to").doesNotContain("stroke-opacity=\"0.45\"");
    }

    @Test
    void thePngIsTheSameDrawingAtTwiceTheSize() throws Exception {
        byte[] png = Figure2.png("exp", CELLS, Metric.TEST);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(2 * Figure2.WIDTH);
        assertThat(image.getHeight()).isEqualTo(2 * Figure2.HEIGHT);
        long coloured = 0;
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int b = rgb & 0xff;
                if (r > 150 && b < 100) {
                    coloured++; // the red of the AnB+ marker
                }
            }
        }
        assertThat(coloured).isPositive();
    }

    @Test
    void anEmptyTableStillDrawsItsAxes() {
        assertThat(Figure2.svg("nothing yet", List.of(), Metric.TEST)).contains("layer n at which");
        assertThat(Figure2.png("nothing yet", List.of(), Metric.TEST)).isNotEmpty();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
