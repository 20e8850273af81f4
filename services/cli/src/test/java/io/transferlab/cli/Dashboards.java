package io.transferlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.contracts.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/** The Grafana dashboards in infra/grafana/dashboards, and every query in them ready to run on Prometheus. */
final class Dashboards {

    /** From services/cli, where Maven runs this module's tests. */
    static final Path DIRECTORY = Path.of("../../infra/grafana/dashboards").toAbsolutePath().normalize();

    /** Grafana's built-in interval variables, as Grafana fills them for a 15 s scrape interval over the last hour. */
    private static final Map<String, String> BUILT_IN = Map.of(
            "__rate_interval", "1m", "__interval_ms", "15000", "__interval", "15s", "__range", "1h");

    /** One target of one panel, with its expression as written and as Prometheus gets it. */
    record Query(String dashboard, String panel, String refId, String written, String promql) {
    }

    private Dashboards() {
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panels.add(panel);
            panel.path("panels").forEach(panels::add); // the panels of a collapsed row
        }
        return panels;
    }

    /** Every target's expression, variables substituted; see {@link #substitute}. */
    static List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        for (Path file : files()) {
            JsonNode dashboard = read(file);
            Map<String, String> variables = variables(dashboard);
            for (JsonNode panel : panels(dashboard)) {
                for (JsonNode target : panel.path("targets")) {
                    String expr = target.path("expr").asText();
                    queries.add(new Query(dashboard.path("uid").asText(), panel.path("title").asText(),
                            target.path("refId").asText(), expr, substitute(expr, variables)));
                }
            }
        }
        return queries;
    }

    /**
     * What each template variable stands for in a query: a label variable (filled from label values) becomes ".+",
     * any label value, as "All" would; a text box or constant keeps its default, as a user who changed nothing sees it.
     */
    static Map<String, String> variables(JsonNode dashboard) {
        Map<String, String> values = new LinkedHashMap<>(BUILT_IN);
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            String type = variable.path("type").asText();
            String name = variable.path("name").asText();
            switch (type) {
                case "query" -> values.put(name, ".+");
                case "textbox", "constant", "custom" -> values.put(name, variable.path("current").path("value").asText());
                default -> { } // the data source variable appears in no expression
            }
        }
        return values;
    }

    static String substitute(String expr, Map<String, String> variables) {
        String result = expr;
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            String name = variable.getKey();
            result = result.replace("${" + name + "}", variable.getValue())
                    .replace("[[" + name + "]]", variable.getValue())
                    // Not a prefix of a longer name: $__interval must leave $__interval_ms alone.
                    .replaceAll("\\$" + name + "(?![A-Za-z0-9_])", Matcher.quoteReplacement(variable.getValue()));
        }
        return result;
    }
}
