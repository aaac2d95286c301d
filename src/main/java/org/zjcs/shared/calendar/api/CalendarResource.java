package org.zjcs.shared.calendar.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.shared.api.ApiError;
import org.zjcs.shared.api.ApiLocale;
import org.zjcs.shared.calendar.CalendarNotAvailableException;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.calendar.WorkingDayCalendar;
import org.zjcs.shared.i18n.Messages;

/** Public read access to the working-day calendar, so that other systems count deadlines the same way. */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Working days of the Chinese calendar (statutory holidays and make-up working days)")
public class CalendarResource {

    @Context
    HttpHeaders headers;

    @Inject
    CalendarService calendarService;

    public record DayInfo(LocalDate date, boolean workingDay) {
    }

    public record AddResult(LocalDate from, int workingDays, LocalDate result) {
    }

    @GET
    @Path("/days/{date}")
    @Operation(summary = "Whether a date (YYYY-MM-DD) is a working day")
    public Response day(@PathParam("date") String date) {
        try {
            LocalDate d = LocalDate.parse(date);
            return Response.ok(new DayInfo(d, calendarService.calendar().isWorkingDay(d))).build();
        } catch (DateTimeParseException e) {
            return badRequest("calendar.error.badDate", date);
        } catch (CalendarNotAvailableException e) {
            return notAvailable(e);
        }
    }

    @GET
    @Path("/add")
    @Operation(summary = "The date N working days after a date (the start date itself never counts)")
    public Response add(@QueryParam("from") String from, @QueryParam("days") String daysText) {
        // days as text, read here: a value that is not a whole number (1e309, NaN, ３) is this call's 400, not the
        // framework's 404 for an unconvertible parameter (issue 14, bad-input corpus)
        Integer days = daysText != null && daysText.matches("[0-9]{1,4}") ? Integer.valueOf(daysText) : null;
        if (from == null || days == null || days < 0 || days > 3650) {
            return badRequest("calendar.error.addParameters");
        }
        try {
            LocalDate d = LocalDate.parse(from);
            WorkingDayCalendar cal = calendarService.calendar();
            return Response.ok(new AddResult(d, days, cal.addWorkingDays(d, days))).build();
        } catch (DateTimeParseException e) {
            return badRequest("calendar.error.badDate", from);
        } catch (CalendarNotAvailableException e) {
            return notAvailable(e);
        }
    }

    /** A refusal: its message key as the code, its text in the caller's language ({@link ApiLocale}). */
    private Response badRequest(String key, Object... args) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(new ApiError(key, Messages.text(ApiLocale.of(headers), key, args))).build();
    }

    private Response notAvailable(CalendarNotAvailableException e) {
        return Response.status(Response.Status.CONFLICT).entity(new ApiError("calendar.error.notAvailable",
                Messages.text(ApiLocale.of(headers), "calendar.error.notAvailable", String.valueOf(e.year())))).build();
    }
}
