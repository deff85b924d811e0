package org.jiebang.voucher.api;

import java.util.List;

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
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.persistence.Page;
import org.jiebang.voucher.VoucherService;
import org.jiebang.voucher.VoucherService.RedemptionView;
import org.jiebang.voucher.VoucherService.VoucherView;

/** Innovation vouchers (创新券, SPEC §7, §10). A voucher the caller may not see is answered 404. */
@Path("vouchers")
@Tag(name = "vouchers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class VoucherResource {

    @Inject
    VoucherService vouchers;

    @POST
    @Operation(summary = "Issue a voucher {\"organizationId\", \"amount\", \"region\", \"validFrom\", \"validTo\", \"acceptedRegions\"}"
            + " to a verified firm (staff)")
    public Response issue(VoucherService.IssueForm form) {
        return Response.status(201).entity(vouchers.issue(form)).build();
    }

    @OneReading
    @GET
    @Operation(summary = "Vouchers with their balances: the firm's own; staff: all")
    public Page<VoucherView> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return vouchers.list(page, size);
    }

    @OneReading
    @GET
    @Path("{id}")
    @Operation(summary = "A voucher with its ledger and redemptions (its firm and staff)")
    public VoucherView get(@PathParam("id") long id) {
        return vouchers.get(id);
    }

    @POST
    @Path("{id}/redemptions")
    @Operation(summary = "Redeem part of a voucher {\"contractId\", \"amount\"} against what the firm owes on an accepted"
            + " milestone of its contract (the firm); optionally milestoneId",
            description = "422 VOUCHER_EXPIRED, REGION_NOT_ACCEPTED (the provider's region), INSUFFICIENT_BALANCE,"
                    + " NOTHING_OWED. The amount is held until staff decide.")
    public Response redeem(@PathParam("id") long id, VoucherService.RedemptionForm form) {
        return Response.status(201).entity(vouchers.redeem(id, form)).build();
    }

    @OneReading
    @GET
    @Path("redemptions")
    @Operation(summary = "Redemptions waiting for a decision (staff)")
    public List<RedemptionView> pending() {
        return vouchers.pending();
    }

    @POST
    @Path("redemptions/{rid}/approval")
    @Operation(summary = "Approve or refuse a redemption {\"approved\", \"reason\"} (staff); approved settles the provider")
    public RedemptionView approve(@PathParam("rid") long rid, VoucherService.ApprovalForm form) {
        return vouchers.decide(rid, form);
    }

    @POST
    @Path("{id}/redemptions/{rid}/approval")
    @Operation(summary = "The same, under the voucher's path (staff)")
    public RedemptionView approveUnder(@PathParam("id") long id, @PathParam("rid") long rid, VoucherService.ApprovalForm form) {
        return vouchers.decide(id, rid, form);
    }
}
