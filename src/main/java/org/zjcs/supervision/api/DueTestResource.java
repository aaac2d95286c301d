package org.zjcs.supervision.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.zjcs.shared.time.ClockControl;
import org.zjcs.supervision.application.DueTracker;

/**
 * For the integration tests: {@code POST /api/test/due} runs a pass of the due tracker now (waiting up to two minutes
 * for a running one) and answers what it did; with {@code ?refoldFrom=YYYY-MM-DD&refoldTo=YYYY-MM-DD} it first re-folds
 * those days of the 好差评 summary (fixtures written with old time stamps, behind the summary's watermark);
 * {@code POST /api/test/due/steps} re-folds days of the step-time histogram. Like the test clock ({@code /api/test/clock}) it answers 404 unless the
 * server's clock is movable (test mode) and to any caller not on this machine. Not in the published API.
 */
@Path("/test/due")
@Produces(MediaType.APPLICATION_JSON)
public class DueTestResource {

    @Context
    HttpServletRequest request;

    @Inject
    ClockControl control;

    @Inject
    DueTracker tracker;

    @POST
    @Operation(hidden = true)
    public Response pass(@QueryParam("refoldFrom") String refoldFrom, @QueryParam("refoldTo") String refoldTo)
            throws InterruptedException {
        if (!allowed()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        LocalDate from;
        LocalDate to;
        try {
            from = refoldFrom == null || refoldFrom.isBlank() ? null : LocalDate.parse(refoldFrom.strip());
            to = refoldTo == null || refoldTo.isBlank() ? null : LocalDate.parse(refoldTo.strip());
        } catch (DateTimeParseException e) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        if (from != null && to != null && (to.isBefore(from) || to.isAfter(from.plusDays(3660)))) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        return tracker.passWaiting(Duration.ofMinutes(2), from, to).map(p -> Response.ok(p).build())
                .orElseGet(() -> Response.status(Response.Status.SERVICE_UNAVAILABLE).build());
    }

    /**
     * {@code POST /api/test/due/steps?from=YYYY-MM-DD&to=YYYY-MM-DD}: writes those days of the step-time histogram
     * again from due_item (rows written by fixtures), without a pass (which would remove fixtures' open items).
     */
    @POST
    @Path("steps")
    @Operation(hidden = true)
    public Response steps(@QueryParam("from") String from, @QueryParam("to") String to) throws InterruptedException {
        if (!allowed()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        if (from == null || to == null) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        LocalDate f;
        LocalDate t;
        try {
            f = LocalDate.parse(from.strip());
            t = LocalDate.parse(to.strip());
        } catch (DateTimeParseException e) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        if (t.isBefore(f) || t.isAfter(f.plusDays(3660))) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        return tracker.refoldSteps(f, t, Duration.ofMinutes(2)).map(d -> Response.ok("{\"days\":" + d + "}").build())
                .orElseGet(() -> Response.status(Response.Status.SERVICE_UNAVAILABLE).build());
    }

    private boolean allowed() {
        if (!control.available()) {
            return false;
        }
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
