package io.transferlab.analysis.figure;

import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.StudyLevelResult;
import io.transferlab.contracts.messaging.StudyResult;
import io.transferlab.contracts.messaging.TransferGain;
import io.transferlab.contracts.messaging.Verdict;
import io.transferlab.contracts.spec.StudyAxis;
import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StudyFigureTest {

    private static final Finding FINDING = new Finding(1, "small-target", "claim", "test", "bestValidation", true,
            Verdict.INCONCLUSIVE, null, "reason", List.of());

    @Test
    void onePointPerGainWithItsIntervalOneLinePerNAndPanelAZeroLineInEachPanel() throws Exception {
        List<TransferGain> gains = new ArrayList<>();
        for (String level : List.of("60", "6000")) {
            for (Variant variant : List.of(Variant.ANB_PLUS, Variant.ANB)) {
                for (int n = 1; n <= 2; n++) {
                    gains.add(new TransferGain(level, variant, n, 0.01 * n, 0.01 * n - 0.02, 0.01 * n + 0.02, 3));
                }
            }
        }
        gains.add(new TransferGain("60", Variant.ANB, 3, null, null, null, 0)); // no seed had both nets

        String svg = StudyFigure.svg(result(StudyAxis.TARGET_SIZE, gains, "60", "6000"));

        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(svg).contains("AnB+ (fine-tuned) - baseB").contains("AnB (frozen) - baseB")
                .contains("training images of B (log scale)")
                .contains("AnB+ n=2 at 6000: +0.0200, 95% interval [+0.0000, +0.0400] (3 seeds)");
        assertThat(count(svg, "<title>")).as("points").isEqualTo(8);
        assertThat(count(svg, "<polyline")).as("a line per variant and n").isEqualTo(4);
        assertThat(count(svg, "stroke-dasharray=\"6 4\"")).as("zero lines").isEqualTo(2);
        assertThat(svg).contains(">n = 1<").contains(">n = 2<").contains(">n = 3<");
    }

    @Test
    void targetSizesLieOnALogScaleAndSplitsEvenlyInTheirOrder() {
        List<TransferGain> gains = List.of(gain("60"), gain("600"), gain("6000"));

        List<Double> sizes = xs(StudyFigure.svg(result(StudyAxis.TARGET_SIZE, gains, "60", "600", "6000")));
        assertThat(sizes.get(1) - sizes.get(0)).isCloseTo(sizes.get(2) - sizes.get(1), within(0.2));

        List<TransferGain> splits = List.of(gain("random"), gain("mixed"), gain("dissimilar"));
        String svg = StudyFigure.svg(result(StudyAxis.SPLIT, splits, "random", "mixed", "dissimilar"));
        assertThat(xs(svg).get(1) - xs(svg).get(0)).isCloseTo(xs(svg).get(2) - xs(svg).get(1), within(0.2));
        assertThat(svg).contains("A/B split, nearest tasks first");
    }

    @Test
    void thePngIsTheSameDrawingAtTwiceTheSize() throws Exception {
        byte[] png = StudyFigure.png(result(StudyAxis.TARGET_SIZE, List.of(gain("60")), "60"));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(2 * StudyFigure.WIDTH);
        assertThat(image.getHeight()).isEqualTo(2 * StudyFigure.HEIGHT);
    }

    /** Levels valued 60, 600 and 6000 (sizes) or 0, 1, 2 (splits), in the order given. */
    private static StudyResult result(StudyAxis axis, List<TransferGain> gains, String... labels) {
        List<StudyLevelResult> levels = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            double value = axis == StudyAxis.TARGET_SIZE ? Double.parseDouble(labels[i]) : i;
            levels.add(new StudyLevelResult(labels[i], value, "s-" + labels[i], "d"));
        }
        return new StudyResult("s", axis, levels, "bestValidation", gains, FINDING, List.of(), List.of(), 1L);
    }

    private static TransferGain gain(String level) {
        return new TransferGain(level, Variant.ANB_PLUS, 1, 0.02, 0.01, 0.03, 3);
    }

    /** The x of each point with a tooltip, in the order drawn. */
    private static List<Double> xs(String svg) {
        Matcher matcher = Pattern.compile("<circle cx=\"([0-9.]+)\"[^>]*><title>").matcher(svg);
        List<Double> xs = new ArrayList<>();
        while (matcher.find()) {
            xs.add(Double.parseDouble(matcher.group(1)));
        }
        return xs;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
