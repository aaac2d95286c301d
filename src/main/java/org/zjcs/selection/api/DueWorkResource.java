package org.zjcs.selection.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.selection.application.DueWorkService;

/**
 * For operators: run now whatever is due (selections past their deadline, awards past their publicity period, reminders), e.g.
 * after a long outage, without waiting for the scheduler. Safe to call at any time and from several places at once:
 * each notice is claimed under a row lock and its status decides.
 */
@Path("/operator/due-work")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Selection", description = "Published selection results and their proofs")
public class DueWorkResource {

    @Inject
    DueWorkService due;

    @POST
    @Operation(summary = "Run the due selections, awards and reminders now (operators); returns what happened per notice")
    public Map<Long, String> runDue() {
        return due.runDueNow();
    }
}
