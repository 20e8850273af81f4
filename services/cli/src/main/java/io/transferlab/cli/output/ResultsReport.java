package io.transferlab.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.analysis.Metric;
import io.transferlab.analysis.PredictionReport;
import io.transferlab.analysis.TextReport;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.Pairing;
import io.transferlab.contracts.messaging.Prediction;
import io.transferlab.contracts.messaging.ResultCell;

import java.util.Arrays;
import java.util.List;

/**
 * An experiment's results as the aggregator serves them, printed as Figure 2's table, the findings and what the
 * estimates predicted.
 */
public final class ResultsReport {

    private ResultsReport() {
    }

    public static String format(JsonNode results, Metric metric) {
        try {
            List<ResultCell> cells = Arrays.asList(Json.MAPPER.treeToValue(results.get("cells"), ResultCell[].class));
            List<Finding> findings = Arrays.asList(Json.MAPPER.treeToValue(results.get("findings"), Finding[].class));
            List<String> warnings = Arrays.asList(Json.MAPPER.treeToValue(results.path("warnings"), String[].class));
            String state = results.path("complete").asBoolean() ? "" : "(partial: jobs still running)\n";
            Pairing pairing = results.hasNonNull("pairing")
                    ? Json.MAPPER.treeToValue(results.get("pairing"), Pairing.class) : null;
            Prediction prediction = results.hasNonNull("prediction")
                    ? Json.MAPPER.treeToValue(results.get("prediction"), Prediction.class) : null;
            return state + TextReport.table(cells, metric) + "\n\n" + TextReport.findings(findings, metric)
                    + "\n" + TextReport.design(results.path("variance").asText(null), pairing)
                    + (warnings.isEmpty() ? "" : "\n\n" + TextReport.warnings(warnings))
                    + "\n\n" + PredictionReport.text(prediction);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the aggregator's results do not match this CLI's contracts", e);
        }
    }
}
