package org.jiebang.review.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.review.ReviewService;
import org.jiebang.review.ReviewService.PanelView;

/** A challenge's expert panel (SPEC §5, §10). */
@Path("challenges/{id}/panel")
@Tag(name = "review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class PanelResource {

    /** {@code {"expertIds": [..]}} */
    public record PanelForm(java.util.List<Long> expertIds) {
    }

    /** {@code {"count"}} */
    public record DrawForm(Integer count) {
    }

    @Inject
    ReviewService review;

    @OneReading
    @GET
    @Operation(summary = "The panel and the unconflicted experts of the field not on it (staff)")
    public PanelView panel(@PathParam("id") long id) {
        return review.panel(id);
    }

    @PUT
    @Operation(summary = "Set the panel by hand, whatever the experts' fields (staff, during evaluation)")
    public PanelView set(@PathParam("id") long id, PanelForm form) {
        return review.setPanel(id, form == null ? null : form.expertIds());
    }

    @POST
    @Path("draw")
    @Operation(summary = "Draw {\"count\"} experts at random among the unconflicted experts of the field (staff)")
    public PanelView draw(@PathParam("id") long id, DrawForm form) {
        return review.draw(id, form == null ? null : form.count());
    }

    @POST
    @Path("decline")
    @Operation(summary = "Decline one's place on the panel before scoring (the expert); staff are told")
    public Response decline(@PathParam("id") long id) {
        review.decline(id);
        return Response.noContent().build();
    }
}
