package io.transferlab.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.analysis.study.StudyReport;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.StudyResult;

import java.util.Locale;

/** A study as the aggregator serves it (GET /studies/{id}): its levels' progress, then its result's report. */
public final class StudyOutput {

    private StudyOutput() {
    }

    public static String format(JsonNode study) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "study %s: %s, %d / %d levels complete%n",
                study.path("studyId").asText(), study.path("state").asText(), study.path("levelsDone").asInt(),
                study.path("levelsTotal").asInt()));
        for (JsonNode level : study.path("levels")) {
            out.append(String.format(Locale.ROOT, "  %-12s %-28s %-9s %d / %d jobs%n", level.path("label").asText(),
                    level.path("experimentId").asText(), level.path("state").asText(),
                    level.path("jobsDone").asInt(), level.path("jobsTotal").asInt()));
        }
        JsonNode result = study.path("result");
        if (result.isObject()) {
            out.append(StudyReport.text(Json.MAPPER.convertValue(result, StudyResult.class)));
        } else {
            out.append("the gains, the finding and the advice come when every level is complete\n");
        }
        return out.toString();
    }
}
