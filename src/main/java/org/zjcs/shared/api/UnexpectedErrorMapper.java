package org.zjcs.shared.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Any exception the REST API did not expect becomes a plain 500 answer with an incident id; the details
 * go to the server log only, never to the caller.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException wae) {
            Response r = wae.getResponse();
            return Response.status(r.getStatus()).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError("HTTP_" + r.getStatus(), r.getStatusInfo().getReasonPhrase())).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error in the REST API, incident " + incident, error);
        return Response.serverError().type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("INTERNAL_ERROR", "Internal error; incident " + incident)).build();
    }
}
