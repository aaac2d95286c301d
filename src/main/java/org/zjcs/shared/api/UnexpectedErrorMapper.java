package org.zjcs.shared.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
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
import org.zjcs.shared.db.Conflicts;
import org.zjcs.shared.error.DatabaseOutage;
import org.zjcs.shared.i18n.Messages;

/**
 * Any exception the REST API did not expect becomes a plain 500 answer with an incident id; the details
 * go to the server log only, never to the caller. What the caller got wrong is not unexpected: a body that is not
 * the JSON the call takes (malformed, wrong types, wrong nesting: JSON-B's errors) is a 400 {@code api.error.json},
 * and the framework's own refusals (unknown path, wrong method, wrong Content-Type, a path or query parameter that
 * is not a number…) answer their status with the product's text ({@code api.error.status.NNN}), in the caller's
 * language ({@link ApiLocale}), never the framework's English reason phrase. The database being unreachable
 * (connection refused or lost: a connection-class SQLException, SQLState 08…, anywhere in the causes) is not a bug but
 * an outage: 503 with {@code service.error.databaseUnavailable} in the caller's language, nothing done, try again. A
 * write conflict that every attempt met (deadlock or Galera certification conflict, {@link Conflicts}) is also a 503,
 * {@code service.error.conflict}.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());
    static final String DATABASE_UNAVAILABLE = DatabaseOutage.MESSAGE_KEY;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable error) {
        Locale locale = ApiLocale.of(headers);
        if (isJsonInput(error)) {
            LOG.log(Level.FINE, "A request body that is not the expected JSON", error);
            return answer(Response.Status.BAD_REQUEST.getStatusCode(), "api.error.json", locale);
        }
        if (DatabaseOutage.isUnreachable(error)) {
            LOG.log(Level.WARNING, "REST call refused: the database is unreachable (" + error + ")");
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON)
                    .header("Retry-After", "5")
                    .entity(new ApiError(DATABASE_UNAVAILABLE, Messages.text(locale, DATABASE_UNAVAILABLE))).build();
        }
        if (Conflicts.isConflict(error)) {
            LOG.log(Level.WARNING, "REST call refused: write conflict on every attempt (" + error + ")");
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON)
                    .header("Retry-After", "1")
                    .entity(new ApiError(Conflicts.MESSAGE_KEY, Messages.text(locale, Conflicts.MESSAGE_KEY))).build();
        }
        if (error instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            String key = switch (status) {
                case 400, 401, 403, 404, 405, 406, 413, 415, 503 -> "api.error.status." + status;
                default -> "api.error.status.other";
            };
            return answer(status, key, locale);
        }
        return incident(error);
    }

    /** Whether {@code error} is JSON-B or JSON-P refusing the body (anywhere in its causes). */
    static boolean isJsonInput(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
        }
        return false;
    }

    private static Response answer(int status, String key, Locale locale) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(key, Messages.text(locale, key, status))).build();
    }

    private static Response incident(Throwable error) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error in the REST API, incident " + incident, error);
        return Response.serverError().type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("INTERNAL_ERROR", "Internal error; incident " + incident)).build();
    }
}
