package org.jiebang.bid.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.bid.BidForm;
import org.jiebang.bid.BidService;
import org.jiebang.bid.BidService.ChallengeBids;
import org.jiebang.platform.persistence.OneReading;

/** {@code /challenges/{id}/bids} (SPEC §10): start a bid; list what the caller may see of the bids. */
@Path("challenges/{id}/bids")
@Tag(name = "bids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ChallengeBidsResource {

    @Inject
    BidService bids;

    @POST
    @Operation(summary = "Start the caller's organization's bid (a researcher of a verified research organization)",
            description = "The body may carry the bid's content (draft rules). 409 when the organization already has a"
                    + " live bid on the challenge, or bidding has closed.")
    public Response start(@PathParam("id") long id, BidForm form) {
        return Response.status(201).entity(bids.start(id, form)).build();
    }

    @OneReading
    @GET
    @Operation(summary = "The bids the caller may see",
            description = "Before the close: a team its own bid; staff and the firm only submittedCount (sealed=true)."
                    + " After it: staff and the firm the opened bids.")
    public ChallengeBids list(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return bids.forChallenge(id, page, size);
    }
}
