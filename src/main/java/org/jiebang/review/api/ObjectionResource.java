package org.jiebang.review.api;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.review.AwardService;
import org.jiebang.review.AwardService.ObjectionView;

/** {@code POST /challenges/{id}/objections}, {@code …/objections/{oid}/resolution} */
@Path("challenges/{id}/objections")
@Tag(name = "review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ObjectionResource {
    @Inject
    AwardService awards;

    @POST
    @Operation(summary = "Object to the proposed award {\"bidId\", \"reason\"} (a bidder of the challenge, during the notice)")
    public Response object(@PathParam("id") long id, AwardService.ObjectionForm form) {
        ObjectionView lodged = awards.object(id, form);
        return Response.created(URI.create("/api/v1/notices/" + id)).entity(lodged).build();
    }

    @POST
    @Path("{oid}/resolution")
    @Operation(summary = "Resolve an objection {\"upheld\", \"reason\"} (staff); upheld sends the challenge back to evaluation")
    public ObjectionView resolve(@PathParam("id") long id, @PathParam("oid") long oid, AwardService.ResolutionForm form) {
        return awards.resolve(id, oid, form);
    }
}
