package org.zjcs.shared.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;

/**
 * A refused business rule is the caller's mistake: 400 with the rule's key and its text in the caller's language;
 * 401 when the call needs a login, 403 when the caller's role may not do it (or, for invitations, it is no unit admin);
 * 404 for an unknown credit rule version or firm, for an evaluation that does not exist or the caller may not read, and
 * for every {@code *.error.notFound} (an unknown object, or another organisation's: it looks absent); 409 for a change in place of a published credit rule version (publish a new version instead);
 * 503 when a bid could not be taken now or its batch was not stored (busy, not stored, stopping: try again), or no
 * password-hashing permit was free in time (security.error.busy), or the file storage is full (upload.error.noSpace);
 * 413 for a JSON body over the limit of {@link JsonInputGuard}. The language: {@link ApiLocale} (the site's language
 * cookie, else Accept-Language).
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
        Locale use = ApiLocale.of(headers);
        Response.Status status = switch (e.messageKey()) {
            case "security.error.loginRequired" -> Response.Status.UNAUTHORIZED;
            case "security.error.forbidden", "member.error.notUnitAdmin" -> Response.Status.FORBIDDEN;
            case "credit.rules.error.noVersion", "credit.error.noFirm", "evaluation.error.notFound" -> Response.Status.NOT_FOUND;
            case "credit.rules.error.immutable", "search.error.rebuildRunning" -> Response.Status.CONFLICT;
            case "api.error.tooLarge" -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            case "enrolment.error.busy", "enrolment.error.notStored", "enrolment.error.unavailable", "security.error.busy",
                 "upload.error.noSpace", "search.error.unavailable" ->
                    Response.Status.SERVICE_UNAVAILABLE;
            // an unknown object, or one that is not the caller's, looks absent (issue 14, the authorization matrix)
            default -> e.messageKey().endsWith(".error.notFound") ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(e.messageKey(), Messages.text(use, e.messageKey(), e.args()))).build();
    }
}
