package io.transferlab.aggregator.results;

import io.transferlab.contracts.messaging.ResultCell;
import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Figure2SvgTest {

    private static final List<ResultCell> CELLS = List.of(
            new ResultCell(Variant.BASE_B, 0, 2, 0.62, 0.01, 0.61, 0.01),
            new ResultCell(Variant.BNB, 1, 2, 0.63, 0.02, 0.62, 0.02),
            new ResultCell(Variant.BNB, 2, 2, 0.60, 0.0, 0.60, 0.0),
            new ResultCell(Variant.ANB_PLUS, 1, 2, 0.64, 0.01, 0.64, 0.01));

    @Test
    void drawsEveryPointWithItsErrorBarAndTheBaseLine() throws Exception {
        String svg = Figure2Svg.render("exp <1>", CELLS);

        // Well-formed XML, title escaped.
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(svg).contains("exp &lt;1&gt;");
        assertThat(svg).contains("BnB n=1: 0.6300 ± 0.0200 (2 seeds)").contains("BnB n=2: 0.6000 ± 0.0000")
                .contains("AnB+ n=1: 0.6400");
        assertThat(svg).contains("stroke-dasharray");
        assertThat(svg.split("<polyline", -1)).hasSize(3);
        // Error bars only where the spread is non-zero: BnB n=1, AnB+ n=1 (the base is a line).
        assertThat(svg.split("<circle", -1).length - 1).isEqualTo(4 + 3);
    }
}
