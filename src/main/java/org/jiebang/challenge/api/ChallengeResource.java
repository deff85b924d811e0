package org.jiebang.challenge.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.jiebang.challenge.AmendmentView;
import org.jiebang.challenge.ChallengeForm;
import org.jiebang.challenge.ChallengeQuery;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.ChallengeService.QuestionView;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.ChallengeSummary;
import org.jiebang.challenge.ChallengeView;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.persistence.Page;

/** Challenges (SPEC §10): the hall's search, posting, vetting, amendments and questions. */
@Path("challenges")
@Tag(name = "challenges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChallengeResource {

    /** {@code {"comments"}} */
    public record Comments(String comments) {
    }

    /** {@code {"reason"}} */
    public record Reason(String reason) {
    }

    /** {@code {"text"}} for questions and answers */
    public record Text(String text) {
    }

    /** An amendment: the whole amended challenge and why. */
    public static class AmendmentForm extends ChallengeForm {
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @Inject
    ChallengeService challenges;

    @Inject
    org.jiebang.platform.storage.FileStore files;

    @OneReading
    @GET
    @Operation(summary = "Search published challenges (anyone)",
            description = "Full text in Chinese and English (q), filters field, region (a province or city code finds"
                    + " its counties), status, minBudget, maxBudget, deadlineFrom, deadlineTo (ISO-8601); sort newest,"
                    + " relevance, budget, deadline; page from 0, size up to 100.")
    public Page<ChallengeSummary> search(@QueryParam("q") String q, @QueryParam("field") String field,
            @QueryParam("region") String region, @QueryParam("status") String status,
            @QueryParam("minBudget") String minBudget, @QueryParam("maxBudget") String maxBudget,
            @QueryParam("deadlineFrom") String deadlineFrom, @QueryParam("deadlineTo") String deadlineTo,
            @QueryParam("sort") String sort, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (sort != null && !sort.isBlank() && !List.of("newest", "relevance", "budget", "deadline").contains(sort)) {
            throw new InvalidInput("sort", "one of newest, relevance, budget, deadline");
        }
        return challenges.search(new ChallengeQuery(q, field, region, status(status), money("minBudget", minBudget),
                money("maxBudget", maxBudget), time("deadlineFrom", deadlineFrom), time("deadlineTo", deadlineTo),
                sort, page, size));
    }

    @POST
    @Operation(summary = "Create a draft (members of a verified firm)")
    @SecurityRequirement(name = "bearer")
    public Response create(ChallengeForm form) {
        ChallengeView created = challenges.create(form);
        return Response.created(URI.create("/api/v1/challenges/" + created.id())).entity(created).build();
    }

    @OneReading
    @GET
    @Path("mine")
    @Operation(summary = "The caller's organization's challenges, all states")
    @SecurityRequirement(name = "bearer")
    public Page<ChallengeSummary> mine(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return challenges.mine(page, size);
    }

    @OneReading
    @GET
    @Path("review-queue")
    @Operation(summary = "Challenges waiting for review, oldest first (staff)")
    @SecurityRequirement(name = "bearer")
    public Page<ChallengeSummary> queue(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return challenges.reviewQueue(page, size);
    }

    @OneReading
    @GET
    @Path("{id}")
    @Operation(summary = "A challenge: public ones for anyone",
            description = "confidentialDetails only for the owner's organization, staff, and researchers who accepted"
                    + " the challenge's confidentiality undertaking; confidentialHidden tells others that there are some")
    public ChallengeView get(@PathParam("id") long id) {
        return challenges.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit a draft or returned challenge (its owner)")
    @SecurityRequirement(name = "bearer")
    public ChallengeView update(@PathParam("id") long id, ChallengeForm form) {
        return challenges.update(id, form);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit for review (its owner); every field must be complete")
    @SecurityRequirement(name = "bearer")
    public ChallengeView submit(@PathParam("id") long id) {
        return challenges.submit(id);
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Publish (staff)")
    @SecurityRequirement(name = "bearer")
    public ChallengeView approve(@PathParam("id") long id) {
        return challenges.approve(id);
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Return to the owner with comments (staff)")
    @SecurityRequirement(name = "bearer")
    public ChallengeView returnForChanges(@PathParam("id") long id, Comments comments) {
        return challenges.returnForChanges(id, comments == null ? null : comments.comments());
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel with a reason (its owner or staff), before bidding closes")
    @SecurityRequirement(name = "bearer")
    public ChallengeView cancel(@PathParam("id") long id, Reason reason) {
        return challenges.cancel(id, reason == null ? null : reason.reason());
    }

    @OneReading
    @GET
    @Path("{id}/amendments")
    @Operation(summary = "The amendment history",
            description = "changes: for each changed public field {\"before\", \"after\"}; the confidential details"
                    + " as {\"changed\": true} unless the caller may read them")
    public List<AmendmentView> amendments(@PathParam("id") long id) {
        return challenges.amendments(id);
    }

    @POST
    @Path("{id}/undertaking")
    @Operation(summary = "Accept the confidentiality undertaking (researchers of verified research organizations)",
            description = "Recorded with user and time, once; answers the challenge with its confidential details")
    @SecurityRequirement(name = "bearer")
    public ChallengeView undertake(@PathParam("id") long id) {
        return challenges.undertake(id);
    }

    @OneReading
    @GET
    @Path("{id}/undertakings")
    @Operation(summary = "Who accepted the confidentiality undertaking, and when (the owner and staff)")
    @SecurityRequirement(name = "bearer")
    public List<ChallengeService.UndertakingView> undertakings(@PathParam("id") long id) {
        return challenges.undertakings(id);
    }

    @POST
    @Path("{id}/amendments")
    @Operation(summary = "Amend a published challenge before its deadline (its owner)")
    @SecurityRequirement(name = "bearer")
    public ChallengeView amend(@PathParam("id") long id, AmendmentForm form) {
        return challenges.amend(id, form, form == null ? null : form.getReason());
    }

    @OneReading
    @GET
    @Path("{id}/questions")
    @Operation(summary = "Questions and answers, without who asked")
    public List<QuestionView> questions(@PathParam("id") long id) {
        return challenges.questions(id);
    }

    @POST
    @Path("{id}/questions")
    @Operation(summary = "Ask a question (researchers of verified organizations, while bidding is open)")
    @SecurityRequirement(name = "bearer")
    public Response ask(@PathParam("id") long id, Text text) {
        QuestionView asked = challenges.ask(id, text == null ? null : text.text());
        return Response.status(201).entity(asked).build();
    }

    @POST
    @Path("{id}/questions/{qid}/answer")
    @Operation(summary = "Answer a question (the owner); the answer is public")
    @SecurityRequirement(name = "bearer")
    public QuestionView answer(@PathParam("id") long id, @PathParam("qid") long qid, Text text) {
        return challenges.answer(id, qid, text == null ? null : text.text());
    }

    @POST
    @Path("{id}/copy")
    @Operation(summary = "Copy a failed or cancelled challenge into a new draft (its owner)")
    @SecurityRequirement(name = "bearer")
    public Response copy(@PathParam("id") long id) {
        return Response.status(201).entity(challenges.copyAsDraft(id)).build();
    }

    @OneReading
    @GET
    @Path("{id}/attachments")
    @Operation(summary = "Attachments of a challenge the caller may see")
    public List<ChallengeService.AttachmentView> attachments(@PathParam("id") long id) {
        return challenges.attachments(id);
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Attach a file to a draft or returned challenge (its owner)",
            description = "The body is the file; name=… gives its name. PDF, DOCX, XLSX, PNG or JPEG, checked by"
                    + " content, at most 20 MB.")
    @SecurityRequirement(name = "bearer")
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, java.io.InputStream body) {
        ChallengeService.AttachmentView added = challenges.attach(id, body, name);
        return Response.status(201).entity(added).build();
    }

    @jakarta.ws.rs.DELETE
    @Path("{id}/attachments/{fileId}")
    @Operation(summary = "Remove an attachment from a draft or returned challenge (its owner)")
    @SecurityRequirement(name = "bearer")
    public Response detach(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        challenges.detach(id, fileId);
        return Response.noContent().build();
    }

    @OneReading
    @GET
    @Path("{id}/attachments/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment (whoever may see the challenge); always as a download")
    public Response download(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return org.jiebang.platform.storage.Downloads.of(files, challenges.attachment(id, fileId));
    }

    private static ChallengeStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ChallengeStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "one of " + ChallengeStatus.PUBLIC);
        }
    }

    private static BigDecimal money(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "an amount in yuan, such as 500000 or 500000.00");
        }
    }

    private static Instant time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e2) {
                throw new InvalidInput(field, "an ISO-8601 time such as 2026-12-31T16:00:00Z");
            }
        }
    }

}
