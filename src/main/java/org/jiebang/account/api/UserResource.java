package org.jiebang.account.api;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.account.AccountService;
import org.jiebang.account.Role;
import org.jiebang.account.UserView;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.NotAuthenticated;
import org.jiebang.platform.notify.Notification;
import org.jiebang.platform.notify.Notifications;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.persistence.Page;

/** Users (SPEC §10): the admin's list and role changes, and the caller's own account. */
@Path("users")
@Tag(name = "accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class UserResource {

    /** {@code {"roles": [...]}} */
    public record RolesForm(List<String> roles) {
    }

    @Inject
    AccountService accounts;

    @Inject
    Notifications notifications;

    @Inject
    org.jiebang.platform.security.Caller caller;

    @GET
    @Operation(summary = "All users (admin)")
    public Page<UserView> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return accounts.users(page, size);
    }

    @OneReading
    @GET
    @Path("me")
    @Operation(summary = "The caller's own account")
    public UserView me() {
        return accounts.me();
    }

    /** One notification as the API shows it. */
    public record NotificationView(long id, String kind, Long subjectId, String textZh, String textEn, String link,
            Instant createdAt, boolean read) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getKind(), n.getSubjectId(), n.getTextZh(), n.getTextEn(),
                    n.getLink(), n.getCreatedAt(), !n.isUnread());
        }
    }

    @OneReading
    @GET
    @Path("me/notifications")
    @Operation(summary = "The caller's notifications, newest first (SPEC §12)")
    public Page<NotificationView> notifications(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        long user = myId();
        return new Page<>(notifications.page(user, Page.firstRow(page, size), Page.boundedSize(size)).stream()
                .map(NotificationView::of).toList(), notifications.count(user), Math.max(page, 0), Page.boundedSize(size));
    }

    @POST
    @Path("me/notifications/read")
    @Operation(summary = "Mark all of the caller's notifications read")
    public Map<String, Integer> markAllRead() {
        return Map.of("marked", notifications.markAllRead(myId()));
    }

    private long myId() {
        return accounts.currentUser().orElseThrow(NotAuthenticated::new).getId();
    }

    @PUT
    @Path("{id}/roles")
    @Operation(summary = "Replace a user's roles (admin)")
    public UserView roles(@PathParam("id") long id, RolesForm form) {
        caller.requireAnyRole(org.jiebang.account.Role.ADMIN_NAME); // who may, before what they sent
        if (form == null || form.roles() == null || form.roles().isEmpty()) {
            throw new InvalidInput("roles", "at least one role is required");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : form.roles()) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInput("roles", "unknown role " + role + "; roles are " + EnumSet.allOf(Role.class));
            }
        }
        return accounts.replaceRoles(id, roles);
    }
}
