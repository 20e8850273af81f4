package io.transferlab.aggregator.api;

import io.transferlab.aggregator.results.Studies;
import io.transferlab.aggregator.results.StudyDetail;
import io.transferlab.aggregator.results.StudySummary;
import io.transferlab.analysis.figure.StudyFigure;
import io.transferlab.contracts.messaging.StudyResult;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Read-only view of the studies: their levels' progress, and each complete study's result. */
@Path("/studies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "studies")
public class StudyResource {

    private final Studies studies;

    public StudyResource(Studies studies) {
        this.studies = studies;
    }

    @GET
    @Operation(summary = "Every study with an accepted level, by id: its axis, levels done of all, and state")
    public List<StudySummary> list() {
        return studies.summaries();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One study: its levels' progress and, once every level is complete, its result (the gains "
            + "per level and n, the finding and the advice, as the study-results event carries them)")
    @APIResponse(responseCode = "404", description = "Unknown study",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public StudyDetail get(@PathParam("id") String id) {
        return studies.detail(id, System.currentTimeMillis()).orElseThrow(() -> UnknownIdException.study(id));
    }

    @GET
    @Path("/{id}/figure.svg")
    @Produces(ExperimentResource.SVG)
    @Operation(summary = "The study's gains as SVG: AnB+ and AnB minus baseB against the axis, a line per n with "
            + "95% intervals over seeds (as they stand while levels run)")
    @APIResponse(responseCode = "404", description = "Unknown study",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public String figureSvg(@PathParam("id") String id) {
        return StudyFigure.svg(current(id));
    }

    @GET
    @Path("/{id}/figure.png")
    @Produces(ExperimentResource.PNG)
    @Operation(summary = "The study's gains as PNG, the same drawing as the SVG at twice its size")
    @APIResponse(responseCode = "404", description = "Unknown study",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public byte[] figurePng(@PathParam("id") String id) {
        return StudyFigure.png(current(id));
    }

    private StudyResult current(String id) {
        return studies.current(id, System.currentTimeMillis()).orElseThrow(() -> UnknownIdException.study(id));
    }
}
