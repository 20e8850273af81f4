package io.transferlab.aggregator.api;

import io.transferlab.aggregator.results.ExperimentDetail;
import io.transferlab.aggregator.results.ExperimentStore;
import io.transferlab.aggregator.results.ExperimentSummary;
import io.transferlab.aggregator.results.ResultsTable;
import io.transferlab.analysis.Figure2Csv;
import io.transferlab.analysis.FindingsCsv;
import io.transferlab.analysis.Metric;
import io.transferlab.analysis.ScoresCsv;
import io.transferlab.analysis.figure.Figure2;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Read-only view of the experiments: what the store rebuilt from Kafka, as JSON or CSV. */
@Path("/experiments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "experiments")
public class ExperimentResource {

    public static final String CSV = "text/csv";
    public static final String SVG = "image/svg+xml";
    public static final String PNG = "image/png";

    private final ExperimentStore store;

    public ExperimentResource(ExperimentStore store) {
        this.store = store;
    }

    @GET
    @Operation(summary = "Every accepted or rejected experiment, by id")
    public List<ExperimentSummary> list() {
        return store.summaries();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One experiment: its progress, every planned job, and rejection reasons")
    @APIResponse(responseCode = "404", description = "Unknown experiment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public ExperimentDetail get(@PathParam("id") String id) {
        return store.detail(id).orElseThrow(() -> UnknownIdException.experiment(id));
    }

    @GET
    @Path("/{id}/results")
    @Operation(summary = "The Figure 2 table as it stands: partial while jobs are running")
    @APIResponse(responseCode = "404", description = "Unknown experiment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public ResultsTable results(@PathParam("id") String id) {
        return table(id);
    }

    @GET
    @Path("/{id}/results.csv")
    @Produces(CSV)
    @Operation(summary = "The Figure 2 table as CSV: variant, n, count, then per metric its mean, std, 95% interval "
            + "and count (e.g. test_mean, test_std, test_ci_low, test_ci_high, test_count)")
    @APIResponse(responseCode = "404", description = "Unknown experiment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public String resultsCsv(@PathParam("id") String id) {
        return Figure2Csv.write(table(id).cells());
    }

    @GET
    @Path("/{id}/scores.csv")
    @Produces(CSV)
    @Operation(summary = "Every evaluated net's scores, one row per net: variant, n, seed, then a column per metric"
            + " (what the findings and a study's gains are computed from; `transferlab cli findings` reads it)")
    @APIResponse(responseCode = "404", description = "Unknown experiment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public String scoresCsv(@PathParam("id") String id) {
        return ScoresCsv.write(store.scores(id).orElseThrow(() -> UnknownIdException.experiment(id)));
    }

    @GET
    @Path("/{id}/findings.csv")
    @Produces(CSV)
    @Operation(summary = "The findings as CSV, one row per measure with its 95% interval: " + FindingsCsv.HEADER)
    @APIResponse(responseCode = "404", description = "Unknown experiment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public String findingsCsv(@PathParam("id") String id) {
        return FindingsCsv.write(table(id).findings());
    }

    @GET
    @Path("/{id}/figure.svg")
    @Produces(SVG)
    @Operation(summary = "Figure 2 as SVG: accuracy against n per variant, error bars over seeds, the paper's curves "
            + "moved onto our baseB")
    @APIResponse(responseCode = "404", description = "Unknown experiment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "400", description = "Unknown metric",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public String figureSvg(@PathParam("id") String id,
                           @QueryParam("metric") @DefaultValue("bestValidation") String metric) {
        Metric chosen = Metric.fromKey(metric);
        return Figure2.svg(title(id), table(id).cells(), chosen);
    }

    @GET
    @Path("/{id}/figure.png")
    @Produces(PNG)
    @Operation(summary = "Figure 2 as PNG, the same drawing as the SVG at twice its size")
    @APIResponse(responseCode = "404", description = "Unknown experiment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "400", description = "Unknown metric",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public byte[] figurePng(@PathParam("id") String id,
                           @QueryParam("metric") @DefaultValue("bestValidation") String metric) {
        Metric chosen = Metric.fromKey(metric);
        return Figure2.png(title(id), table(id).cells(), chosen);
    }

    private static String title(String id) {
        return id + ": Figure 2, target half B";
    }

    private ResultsTable table(String id) {
        return store.table(id).orElseThrow(() -> UnknownIdException.experiment(id));
    }
}
