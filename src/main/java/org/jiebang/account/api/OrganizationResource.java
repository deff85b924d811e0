package org.jiebang.account.api;

import java.net.URI;
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
import org.jiebang.account.AccountService;
import org.jiebang.account.OrganizationView;
import org.jiebang.account.RegistrationForm;
import org.jiebang.account.UserForm;
import org.jiebang.account.UserView;
import org.jiebang.account.VerificationStatus;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.persistence.Page;

/** Organizations (SPEC §2, §10): registration, the staff list, verification and members. */
@Path("organizations")
@Tag(name = "accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    /** {@code {"approved", "reason"}} */
    public record VerificationDecision(Boolean approved, String reason) {
    }

    @Inject
    AccountService accounts;

    @POST
    @Operation(summary = "Register an organization and its first user (anyone)",
            description = "201 with the organization, status PENDING. 400 naming the field for bad input "
                    + "(a credit code whose GB 32100-2015 check character is wrong among them); 409 when the "
                    + "credit code or the user name is taken.")
    public Response register(RegistrationForm form) {
        OrganizationView created = accounts.register(form);
        return Response.created(URI.create("/api/v1/organizations/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "Organizations, oldest first (staff); filter by status")
    @SecurityRequirement(name = "bearer")
    public Page<OrganizationView> list(@QueryParam("status") VerificationStatus status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return accounts.organizations(status, page, size);
    }

    @POST
    @Path("{id}/verification")
    @Operation(summary = "Verify or reject an organization (staff); a rejection needs a reason")
    @SecurityRequirement(name = "bearer")
    public OrganizationView decide(@PathParam("id") long id, VerificationDecision decision) {
        if (decision == null || decision.approved() == null) {
            throw new InvalidInput("approved", "true or false is required");
        }
        return accounts.decideVerification(id, decision.approved(), decision.reason());
    }

    @POST
    @Path("{id}/members")
    @Operation(summary = "Add a user to an organization (a member of that verified organization, or staff)")
    @SecurityRequirement(name = "bearer")
    public Response addMember(@PathParam("id") long id, UserForm form) {
        UserView created = accounts.addMember(id, form);
        return Response.created(URI.create("/api/v1/users/" + created.id())).entity(created).build();
    }

    @OneReading
    @GET
    @Path("{id}/members")
    @Operation(summary = "Members of an organization (its members and staff)")
    @SecurityRequirement(name = "bearer")
    public List<UserView> members(@PathParam("id") long id) {
        return accounts.members(id);
    }
}
