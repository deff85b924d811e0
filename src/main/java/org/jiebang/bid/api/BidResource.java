package org.jiebang.bid.api;

import java.io.InputStream;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.jiebang.bid.BidReceipt;
import org.jiebang.bid.BidService;
import org.jiebang.bid.BidSummary;
import org.jiebang.bid.BidView;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.persistence.Page;
import org.jiebang.platform.storage.Downloads;
import org.jiebang.platform.storage.FileStore;

/**
 * Bids (SPEC §4, §10): {@code /bids/{id}} and its moves, the caller's bids, receipts and
 * attachments. A bid the caller may not see is answered 404, whether or not it exists.
 */
@Path("bids")
@Tag(name = "bids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class BidResource {

    /** One receipt: when, and the SHA-256 of the canonical content. */
    public record ReceiptView(java.time.Instant submittedAt, String sha256) {
        static ReceiptView of(BidReceipt r) {
            return new ReceiptView(r.getSubmittedAt(), r.getSha256());
        }
    }

    /** The receipts of a bid and the hash of its content as it stands now. */
    public record Receipts(List<ReceiptView> receipts, String currentSha256) {
    }

    @Inject
    BidService bids;

    @Inject
    FileStore files;

    @Inject
    org.jiebang.bid.ReceiptPdf pdf;

    @OneReading
    @GET
    @Operation(summary = "The caller's bids (scope=mine, the default) or all bids of the caller's organization (scope=organization)")
    public Page<BidSummary> list(@QueryParam("scope") @DefaultValue("mine") String scope,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return switch (scope) {
            case "mine" -> bids.mine(page, size);
            case "organization" -> bids.organizations(page, size);
            default -> throw new InvalidInput("scope", "one of mine, organization");
        };
    }

    @OneReading
    @GET
    @Path("{id}")
    @Operation(summary = "A bid: its team at any time; after the close staff and the firm; 404 for anyone else")
    public BidView get(@PathParam("id") long id) {
        return bids.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit a bid before the deadline (its team)",
            description = "A draft or withdrawn bid is saved as it is; a submitted bid must stay complete and is"
                    + " resubmitted with a new receipt. 409 after the deadline.")
    public BidView update(@PathParam("id") long id, BidForm form) {
        return bids.update(id, form);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit or resubmit before the deadline (its team); answers the bid with its receipt",
            description = "Every field is checked, each error naming the field (400). 409 after the deadline, naming it,"
                    + " and when the organization already has another live bid on the challenge.")
    public BidView submit(@PathParam("id") long id) {
        return bids.submit(id);
    }

    /** {@code {"reason"}} */
    public record Reason(String reason) {
    }

    @POST
    @Path("{id}/disqualify")
    @Operation(summary = "Disqualify an opened bid with a reason (staff, during evaluation); its team reads the reason")
    public BidView disqualify(@PathParam("id") long id, Reason reason) {
        return bids.disqualify(id, reason == null ? null : reason.reason());
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw a submitted bid before the deadline (its team)")
    public BidView withdraw(@PathParam("id") long id) {
        return bids.withdraw(id);
    }

    @OneReading
    @GET
    @Path("{id}/receipts")
    @Operation(summary = "Every receipt of a bid, newest first, and the SHA-256 of its content now (its team)")
    public Receipts receipts(@PathParam("id") long id) {
        return new Receipts(bids.receipts(id).stream().map(ReceiptView::of).toList(), bids.currentSha256(id));
    }

    @OneReading
    @GET
    @Path("{id}/receipt.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The receipt of the latest submission as PDF (its team)")
    public Response receiptPdf(@PathParam("id") long id) {
        BidView bid = bids.get(id);
        if (bid.receipt() == null || !bids.isTeam(id)) {
            throw new org.jiebang.platform.error.NotFound();
        }
        return Response.ok(pdf.of(bid), "application/pdf")
                .header("Content-Disposition", Downloads.disposition("揭榜回执-bid-" + id + ".pdf"))
                .header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Attach a file to a draft or withdrawn bid (its team)",
            description = "The body is the file; name=… gives its name. PDF, DOCX, XLSX, PNG or JPEG, checked by"
                    + " content, at most 20 MB.")
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) {
        return Response.status(201).entity(bids.attach(id, body, name)).build();
    }

    @DELETE
    @Path("{id}/attachments/{fileId}")
    @Operation(summary = "Remove an attachment from a draft or withdrawn bid (its team)")
    public Response detach(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        bids.detach(id, fileId);
        return Response.noContent().build();
    }

    @OneReading
    @GET
    @Path("{id}/attachments/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment of a bid the caller may see; always as a download")
    public Response download(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return Downloads.of(files, bids.attachment(id, fileId));
    }
}
