package cn.bangfu.web.ledger.api;

import cn.bangfu.ledger.boundary.LedgerSettings;
import cn.bangfu.ledger.entity.ServiceLevelsData;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A campaign's service levels. */
@Path("v1/campaigns/{code}/service-levels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "problems", description = "问题台账 the problem ledger")
public class ServiceLevelsResource {

    @Inject
    LedgerSettings settings;

    @GET
    @Operation(operationId = "getServiceLevels", summary = "The campaign's service levels",
            description = "Working days: acceptDays (1), simpleDays (7), ordinaryDays (15), complexDays (30), hardDays (60), "
                    + "escalateAfterRedDays (5); the callback flags' minAnswerLength (15 characters) and quickResolveMinutes (30). "
                    + "version is null while the campaign keeps the defaults.")
    public ServiceLevelsData get(@PathParam("code") String code) {
        return settings.levels(code);
    }

    @PUT
    @Operation(operationId = "setServiceLevels", summary = "Set the campaign's service levels",
            description = "The office: every value, working days 1–250; send the version read once set. New routings count the new levels.")
    public ServiceLevelsData set(@PathParam("code") String code, ServiceLevelsData data) {
        return settings.change(code, data);
    }
}
