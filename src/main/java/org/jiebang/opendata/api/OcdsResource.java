package org.jiebang.opendata.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.opendata.OcdsService;
import org.jiebang.platform.persistence.OneReading;

/** Open Contracting Data Standard 1.1 release packages (SPEC §9, §10; public). */
@Path("ocds")
@Tag(name = "open data")
@Produces(MediaType.APPLICATION_JSON)
public class OcdsResource {

    @Inject
    OcdsService ocds;

    @Context
    UriInfo uri;

    @OneReading
    @GET
    @Path("challenges/{id}")
    @Operation(summary = "One challenge as an OCDS 1.1 release package: every release of it, oldest first",
            description = "Tender (bounty, indicators as items, tender period, amendments), awards with suppliers,"
                    + " contracts with registered value, accepted milestones and voucher-funded transactions, parties"
                    + " with roles. Only what is public: 404 before publication.")
    public JsonObject challenge(@PathParam("id") long id) {
        return ocds.challengePackage(id, uri.getRequestUri().toString());
    }

    @OneReading
    @GET
    @Path("releases")
    @Operation(summary = "Every release of every published challenge in order of time, paged",
            description = "since: an ISO-8601 instant (releases after it); after: the challenge id of the last release"
                    + " already read at that instant; size: 1 to 500 (default 100). links.next reads the next page;"
                    + " 204 when nothing is newer (a release package holds at least one release). The feed stays a"
                    + " minute behind the present (jiebang.ocds.feed-lag-seconds), so that no change is skipped.")
    public Response releases(@QueryParam("since") String since, @QueryParam("after") String after,
            @QueryParam("size") @DefaultValue("100") String size) {
        JsonObject page = ocds.releasesSince(since, number("after", after, null), number("size", size, 100L).intValue(),
                uri.getAbsolutePath().toString());
        return page == null ? Response.noContent().build() : Response.ok(page).build();
    }

    private static Long number(String name, String value, Long otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new org.jiebang.platform.error.InvalidInput(name, "a whole number");
        }
    }
}
