package org.jiebang.contract.api;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.contract.ContractForm;
import org.jiebang.contract.ContractService;
import org.jiebang.contract.ContractViews.ContractSummary;
import org.jiebang.contract.ContractViews.ContractView;
import org.jiebang.contract.ContractViews.FileView;
import org.jiebang.contract.ContractViews.MilestoneView;
import org.jiebang.contract.ContractViews.PaymentView;
import org.jiebang.contract.ContractViews.TimelineEntry;
import org.jiebang.platform.i18n.Language;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.persistence.Page;
import org.jiebang.platform.storage.Downloads;
import org.jiebang.platform.storage.FileStore;

/**
 * Technology contracts (SPEC §6, §10): {@code /contracts}, {@code /contracts/{id}} and its
 * signing, registration, milestones, payments, termination, documents and evidence files. A
 * contract the caller may not read is answered 404.
 */
@Path("contracts")
@Tag(name = "contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ContractResource {

    @Inject
    ContractService contracts;

    @Inject
    FileStore files;

    @OneReading
    @GET
    @Operation(summary = "The caller's contracts (its organization's as client, contractor or partner; staff: all), filter challengeId")
    public Page<ContractSummary> list(@QueryParam("challengeId") Long challengeId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return contracts.list(challengeId, page, size);
    }

    @OneReading
    @GET
    @Path("{id}")
    @Operation(summary = "A contract: its parties, partners and staff; 404 for anyone else")
    public ContractView get(@PathParam("id") long id) {
        return contracts.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit a draft contract (its two parties, until both have signed)",
            description = "Accepts the contract as its GET returns it; read-only fields are ignored and a field left out"
                    + " keeps its value. Milestone payments add up to the amount (422 MILESTONE_SUM), the transaction amount"
                    + " is at most the amount (422). Any change voids the signatures given.")
    public ContractView update(@PathParam("id") long id, ContractForm form) {
        return contracts.update(id, form);
    }

    @POST
    @Path("{id}/sign")
    @Operation(summary = "Sign the current text {\"sha256\"} (a member of either party)",
            description = "sha256 is the SHA-256 of the Chinese text the signer was shown (textSha256 of the GET, or of"
                    + " GET …/text); 409 CONTRACT_TEXT_CHANGED when it is not the current text. The second signature makes"
                    + " the contract SIGNED and the challenge IN_EXECUTION.")
    public ContractView sign(@PathParam("id") long id, ContractService.SignForm form) {
        return contracts.sign(id, form);
    }

    @POST
    @Path("{id}/registration")
    @Operation(summary = "Register a signed contract (认定登记) {\"registrationNumber\"} (staff); a second registration is 409")
    public ContractView register(@PathParam("id") long id, ContractService.RegistrationForm form) {
        return contracts.register(id, form);
    }

    @POST
    @Path("{id}/termination")
    @Operation(summary = "Agree to terminate {\"reason\"} (either party); the other party's agreement ends it, payments kept")
    public ContractView terminate(@PathParam("id") long id, ContractService.TerminationForm form) {
        return contracts.terminate(id, form);
    }

    @OneReading
    @GET
    @Path("{id}/milestones")
    @Operation(summary = "The milestones, each with its indicators' targets, promises, measured values and overdue")
    public List<MilestoneView> milestones(@PathParam("id") long id) {
        return contracts.milestones(id);
    }

    @OneReading
    @GET
    @Path("{id}/payments")
    @Operation(summary = "The payments recorded on the contract")
    public List<PaymentView> payments(@PathParam("id") long id) {
        return contracts.paymentList(id);
    }

    @POST
    @Path("{id}/payments")
    @Operation(summary = "Record a payment {\"milestoneId\", \"amount\"} (the client firm or staff)",
            description = "Only on an accepted milestone (409 MILESTONE_NOT_ACCEPTED), never above the milestone's amount"
                    + " (422 ABOVE_MILESTONE) nor the contract's in total (422 ABOVE_CONTRACT).")
    public Response pay(@PathParam("id") long id, ContractService.PaymentForm form) {
        return Response.status(201).entity(contracts.pay(id, form)).build();
    }

    @OneReading
    @GET
    @Path("{id}/timeline")
    @Operation(summary = "The contract's timeline: signatures, milestones, payments and voucher use, oldest first")
    public List<TimelineEntry> timeline(@PathParam("id") long id) {
        return contracts.timeline(id);
    }

    @OneReading
    @GET
    @Path("{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "The contract text (lang=zh, the text signed, or lang=en, a translation)")
    public String text(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return contracts.text(id, locale(lang));
    }

    @OneReading
    @GET
    @Path("{id}/contract.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The contract as PDF, in Chinese (lang=en: English)")
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return pdf(contracts.pdf(id, locale(lang)), "技术合同-contract-" + id + ".pdf");
    }

    @OneReading
    @GET
    @Path("{id}/acceptance-report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The acceptance report (验收报告) of a closed contract as PDF (lang=en: English); 409 before")
    public Response acceptanceReport(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return pdf(contracts.acceptanceReport(id, locale(lang)), "验收报告-acceptance-" + id + ".pdf");
    }

    @POST
    @Path("{id}/files")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Upload an evidence file (the contractor); name=… gives its name",
            description = "PDF, DOCX, XLSX, PNG or JPEG, checked by content, at most 20 MB. Answers {id, fileName, size};"
                    + " the id goes into a milestone submission's evidenceFileIds.")
    public Response upload(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) {
        FileView stored = contracts.upload(id, body, name);
        return Response.status(201).entity(stored).build();
    }

    @OneReading
    @GET
    @Path("{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an evidence file of a contract the caller may read; always as a download")
    public Response download(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return Downloads.of(files, contracts.evidence(id, fileId));
    }

    /** A private PDF download. */
    private static Response pdf(byte[] document, String fileName) {
        return Response.ok(document, "application/pdf").header("Content-Disposition", Downloads.disposition(fileName))
                .header("Cache-Control", "private, no-store").build();
    }

    static Locale locale(String lang) {
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Language.ENGLISH : Language.CHINESE;
    }
}
