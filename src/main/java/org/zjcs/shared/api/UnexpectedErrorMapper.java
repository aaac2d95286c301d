package org.zjcs.shared.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zjcs.shared.error.DatabaseOutage;
import org.zjcs.shared.i18n.Messages;

/**
 * Any exception the REST API did not expect becomes a plain 500 answer with an incident id; the details
 * go to the server log only, never to the caller. The database being unreachable (connection refused or lost: a
 * connection-class SQLException, SQLState 08…, anywhere in the causes) is not a bug but an outage: 503 with
 * {@code service.error.databaseUnavailable} in the caller's language, nothing done, try again (issue 14, item 7a).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());
    static final String DATABASE_UNAVAILABLE = DatabaseOutage.MESSAGE_KEY;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException wae) {
            Response r = wae.getResponse();
            return Response.status(r.getStatus()).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError("HTTP_" + r.getStatus(), r.getStatusInfo().getReasonPhrase())).build();
        }
        if (DatabaseOutage.isUnreachable(error)) {
            LOG.log(Level.WARNING, "REST call refused: the database is unreachable (" + error + ")");
            Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty()
                    ? Locale.SIMPLIFIED_CHINESE : headers.getAcceptableLanguages().get(0);
            Locale use = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON)
                    .header("Retry-After", "5")
                    .entity(new ApiError(DATABASE_UNAVAILABLE, Messages.text(use, DATABASE_UNAVAILABLE))).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error in the REST API, incident " + incident, error);
        return Response.serverError().type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("INTERNAL_ERROR", "Internal error; incident " + incident)).build();
    }
}
