package org.jiebang.platform.audit;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.platform.persistence.Page;
import org.jiebang.platform.security.Caller;

/** The audit log for staff (SPEC §10, §12): the latest entries and a check of the whole chain. */
@Path("audit")
@Tag(name = "audit")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AuditResource {

    /** An entry as the API shows it. */
    public record EntryView(Long id, Instant at, String actor, String action, String entityType, String entityId,
            String before, String after, String hash) {
    }

    /** {@code {"valid", "entries"}}, and the first broken entry when not valid. */
    public record VerificationView(boolean valid, long entries, Long firstBrokenId, String problem) {
    }

    static final String STAFF = "STAFF";
    /** shown instead of the actor and the action of a sealed entry */
    static final String SEALED = "SEALED";

    @Inject
    jakarta.enterprise.inject.Instance<AuditSeal> seals;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Audit entries, newest first (staff)",
            description = "Entries about sealed bids (their challenge still open) show only number, time, entity and"
                    + " hash: actor and action read SEALED, before and after are left out.")
    public Page<EntryView> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        caller.requireAnyRole(STAFF, "ADMIN");
        List<AuditEntry> entries = audit.latest(Page.firstRow(page, size), Page.boundedSize(size));
        java.util.Set<String> sealed = sealed(entries);
        List<EntryView> items = entries.stream()
                .map(e -> sealed.contains(e.getEntityType() + ":" + e.getEntityId())
                        ? new EntryView(e.getId(), e.getAt(), SEALED, SEALED, e.getEntityType(), e.getEntityId(), null,
                                null, e.getHash())
                        : new EntryView(e.getId(), e.getAt(), e.getActor(), e.getAction(), e.getEntityType(),
                                e.getEntityId(), e.getBefore(), e.getAfter(), e.getHash()))
                .toList();
        return new Page<>(items, audit.count(), Math.max(page, 0), Page.boundedSize(size));
    }

    /** "type:id" of the entries that are sealed now, asking each seal once per entity type. */
    private java.util.Set<String> sealed(List<AuditEntry> entries) {
        java.util.Map<String, java.util.Set<String>> idsByType = new java.util.HashMap<>();
        for (AuditEntry e : entries) {
            if (e.getEntityId() != null) {
                idsByType.computeIfAbsent(e.getEntityType(), t -> new java.util.HashSet<>()).add(e.getEntityId());
            }
        }
        java.util.Set<String> sealed = new java.util.HashSet<>();
        for (AuditSeal seal : seals) {
            idsByType.forEach((type, ids) -> seal.sealed(type, ids).forEach(id -> sealed.add(type + ":" + id)));
        }
        return sealed;
    }

    @GET
    @Path("verify")
    @Operation(summary = "Recompute the hash chain (staff)",
            description = "{\"valid\": true, \"entries\": N}, or {\"valid\": false, ...} naming the first broken entry")
    public VerificationView verify() {
        caller.requireAnyRole(STAFF, "ADMIN");
        AuditLog.Verification v = audit.verify();
        return new VerificationView(v.valid(), v.entries(), v.firstBrokenId(), v.problem());
    }
}
