package org.zjcs.contract.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zjcs.contract.application.ContractQueries;
import org.zjcs.contract.domain.ContractRepository.OwnerLateCount;
import org.zjcs.shared.api.ApiError;

/**
 * For the supervision board: per owner unit, the contract filings it was late in over a period (docs/domain-rules.md,
 * "Who was late"). Regulators and operators, session login.
 */
@Path("/contracts/owner-late")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Contract filing and declining an award (firms and owners, session login)")
public class OwnerLateResource {

    @Inject
    ContractQueries queries;

    @GET
    @Operation(summary = "Per owner unit, the number of contract filings confirmed in the period in which the owner unit "
            + "missed its time limit (regulators and operators)")
    @APIResponse(responseCode = "200", description = "The counts, most first",
            content = @Content(schema = @Schema(implementation = OwnerLateCount.class)))
    @APIResponse(responseCode = "400", description = "A missing or wrong period",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public List<OwnerLateCount> counts(@Parameter(description = "first day (Beijing date, ISO)") @QueryParam("from") String from,
                                       @Parameter(description = "last day, included") @QueryParam("to") String to) {
        return queries.ownerLateCounts(ContractApi.date(from), ContractApi.date(to));
    }
}
