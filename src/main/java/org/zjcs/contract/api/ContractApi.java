package org.zjcs.contract.api;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.storage.Upload;

/**
 * What the contract and deliverable resources share: an unknown object answers 404 (with the same {@link ApiError}
 * body as the error mapper's), and dates are read as ISO text. Every other refusal goes to the error mapper.
 */
public final class ContractApi {

    private ContractApi() {
    }

    /** Runs the call; a refusal with one of {@code notFoundKeys} becomes 404, any other goes to the error mapper. */
    public static Response call(HttpHeaders headers, Set<String> notFoundKeys, Supplier<Response> call) {
        try {
            return call.get();
        } catch (DomainException e) {
            if (notFoundKeys.contains(e.messageKey())) {
                return error(headers, Response.Status.NOT_FOUND, e.messageKey(), e.args());
            }
            throw e;
        }
    }

    /** An error answer in the caller's language, as the error mapper words it. */
    public static Response error(HttpHeaders headers, Response.Status status, String key, Object... args) {
        Locale use = org.zjcs.shared.api.ApiLocale.of(headers);
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(key, Messages.text(use, key, args))).build();
    }

    /** An ISO date (2027-06-30), or null when blank; anything else is refused with {@code contract.error.dateFormat}. */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new DomainException("contract.error.dateFormat");
        }
    }

    /** A multipart file part as an upload, or null when it is missing or empty (the services refuse that). */
    public static Upload upload(EntityPart part) {
        if (part == null || part.getFileName().filter(f -> !f.isBlank()).isEmpty()) {
            return null;
        }
        return new Upload(part.getContent(), part.getFileName().get());
    }

    /** An instant or date as ISO text, or null. */
    public static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
