package io.transferlab.aggregator.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Errors as JSON, whatever the endpoint produces (the CSV one included), so clients parse one error format. */
public class ApiErrors {

    /** The body names the experiment or the study in the error's id field. */
    @ServerExceptionMapper
    public RestResponse<ApiError> unknownId(UnknownIdException e) {
        return RestResponse.ResponseBuilder.create(Response.Status.NOT_FOUND, new ApiError(e.getMessage(), e.id()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** A query parameter out of its range, e.g. an unknown metric. */
    @ServerExceptionMapper
    public RestResponse<ApiError> badParameter(IllegalArgumentException e) {
        return RestResponse.ResponseBuilder.create(Response.Status.BAD_REQUEST, new ApiError(e.getMessage(), null))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
