package io.transferlab.aggregator.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The variants and metrics the results are made of: the page lays out its tables from this. */
@Path("/catalog")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalog")
public class CatalogResource {

    private static final Catalog CATALOG = Catalog.current();

    @GET
    @Operation(summary = "Every variant in the paper's order and every metric, the primary one first")
    public Catalog catalog() {
        return CATALOG;
    }
}
