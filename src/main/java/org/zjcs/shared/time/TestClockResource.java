package org.zjcs.shared.time;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The test clock over HTTP, for the integration tests (test support {@code org.zjcs.support.TestClock}):
 * {@code GET} reads it, {@code PUT ?at=2027-01-04T09:00:00Z} sets it, {@code POST ?by=P30D} (ISO-8601 duration)
 * moves it on, {@code DELETE} resets it to the system clock. Answers 404 unless the server's clock is movable
 * ({@value ClockProducer#PROPERTY}), and to any caller that is not on this machine (loopback only, by the socket's
 * address: a forwarded header cannot claim it). Not in the published API.
 */
@Path("/test/clock")
@Produces(MediaType.APPLICATION_JSON)
public class TestClockResource {

    /** What the clock reads and how far it is from the system clock. */
    public record Reading(Instant now, String offset) {
    }

    @Context
    HttpServletRequest request;

    @Inject
    ClockControl control;

    @GET
    @Operation(hidden = true)
    public Response read() {
        return allowed() ? reading() : notFound();
    }

    @PUT
    @Operation(hidden = true)
    public Response set(@QueryParam("at") String at) {
        if (!allowed()) {
            return notFound();
        }
        try {
            control.set(Instant.parse(at));
        } catch (DateTimeParseException | NullPointerException e) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        return reading();
    }

    @POST
    @Operation(hidden = true)
    public Response advance(@QueryParam("by") String by) {
        if (!allowed()) {
            return notFound();
        }
        try {
            control.advance(Duration.parse(by));
        } catch (DateTimeParseException | NullPointerException e) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        return reading();
    }

    @DELETE
    @Operation(hidden = true)
    public Response reset() {
        if (!allowed()) {
            return notFound();
        }
        control.reset();
        return reading();
    }

    private Response reading() {
        return Response.ok(new Reading(control.now(), control.offset().toString())).build();
    }

    private static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).build();
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
