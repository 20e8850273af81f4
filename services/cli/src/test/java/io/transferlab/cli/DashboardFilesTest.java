package io.transferlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provisioned dashboards' shape, without servers: fixed uids, a data source variable every panel and target uses,
 * a unit on every panel, variables that substitute completely. Whether their queries return data is
 * {@link DashboardQueriesEndToEndTest}'s question.
 */
class DashboardFilesTest {

    @Test
    void everyDashboardHasAFixedUidAndEveryPanelTheDataSourceVariableAndAUnit() {
        assertThat(Dashboards.files()).extracting(f -> f.getFileName().toString())
                .containsExactlyInAnyOrder("training.json", "sweep-overview.json");
        List<String> uids = new ArrayList<>();
        for (Path file : Dashboards.files()) {
            JsonNode dashboard = Dashboards.read(file);
            uids.add(dashboard.path("uid").asText());
            assertThat(dashboard.path("schemaVersion").asInt()).as(file + " schemaVersion").isBetween(36, 41);
            assertThat(dashboard.path("templating").path("list")).as(file + " variables")
                    .anySatisfy(v -> {
                        assertThat(v.path("name").asText()).isEqualTo("datasource");
                        assertThat(v.path("type").asText()).isEqualTo("datasource");
                        assertThat(v.path("query").asText()).isEqualTo("prometheus");
                    });
            assertThat(Dashboards.panels(dashboard)).as(file + " panels").isNotEmpty().allSatisfy(panel -> {
                String title = file.getFileName() + " / " + panel.path("title").asText();
                assertThat(panel.path("datasource").path("uid").asText()).as(title).isEqualTo("${datasource}");
                assertThat(panel.path("fieldConfig").path("defaults").path("unit").asText()).as(title + " unit")
                        .isNotBlank();
                assertThat(panel.path("targets")).as(title + " targets").isNotEmpty().allSatisfy(target -> {
                    assertThat(target.path("datasource").path("uid").asText()).isEqualTo("${datasource}");
                    assertThat(target.path("expr").asText()).isNotBlank();
                });
            });
        }
        assertThat(uids).containsExactlyInAnyOrder("transferlab-training", "transferlab-sweep-overview");
    }

    @Test
    void everyVariableInEveryQueryIsSubstituted() {
        assertThat(Dashboards.queries()).isNotEmpty().allSatisfy(query -> {
            assertThat(query.promql()).as(query.written()).doesNotContain("$").doesNotContain("[[");
        });
    }

    @Test
    void provisioningPointsAtTheComposeMountsAndTheFixedDataSource() throws Exception {
        Path provisioning = Dashboards.DIRECTORY.resolveSibling("provisioning");
        assertThat(Files.readString(provisioning.resolve("datasources/prometheus.yml")))
                .contains("uid: transferlab-prometheus", "type: prometheus", "url: http://prometheus:9090");
        assertThat(Files.readString(provisioning.resolve("dashboards/transferlab.yml")))
                .contains("type: file", "path: /var/lib/grafana/dashboards");
    }
}
