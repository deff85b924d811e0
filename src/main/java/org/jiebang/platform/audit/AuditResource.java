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

    /**
     * An entry as the API shows it: with {@code prevHash} and {@code seq}, so that a reader can
     * recompute the chain ({@code docs/audit-log.md}). {@code sealed}: masked now; {@code
     * writtenSealed}: chained through its {@code commitment} (every entry about a bid written since
     * migration V007), whose {@code salt} is shown once the seal is over. An entry masked now but
     * not written sealed (from before V007) cannot be recomputed until the seal is over.
     */
    public record EntryView(Long id, long seq, Instant at, String actor, String action, String entityType,
            String entityId, String before, String after, String prevHash, String hash, boolean sealed,
            boolean writtenSealed, String commitment, String salt) {

        static EntryView of(AuditEntry e, boolean sealedNow) {
            if (sealedNow) {
                // before the close: nothing of who, what or which; the commitment keeps the chain checkable
                return new EntryView(e.getId(), e.getSeq(), e.getAt(), SEALED, SEALED, e.getEntityType(), null, null,
                        null, e.getPrevHash(), e.getHash(), true, e.isSealed(), e.getCommitment(), null);
            }
            return new EntryView(e.getId(), e.getSeq(), e.getAt(), e.getActor(), e.getAction(), e.getEntityType(),
                    e.getEntityId(), e.getBefore(), e.getAfter(), e.getPrevHash(), e.getHash(), false, e.isSealed(),
                    e.getCommitment(), e.getSalt());
        }
    }

    /** {@code {"valid", "entries"}}, and the first broken entry when not valid. */
    public record VerificationView(boolean valid, long entries, Long firstBrokenId, String problem) {
    }

    static final String STAFF = "STAFF";
    /** shown instead of the actor and the action of a sealed entry */
    static final String SEALED = AuditChain.SEALED;

    @Inject
    jakarta.enterprise.inject.Instance<AuditSeal> seals;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Audit entries, newest first (staff, admin)",
            description = "Entries about sealed bids (their challenge still open) show only number, time, entity type,"
                    + " commitment and hashes: actor and action read SEALED; entity id, before and after are left out."
                    + " After the close they are shown in full with the salt of their commitment (docs/audit-log.md).")
    public Page<EntryView> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        caller.requireAnyRole(STAFF, "ADMIN");
        List<AuditEntry> entries = audit.latest(Page.firstRow(page, size), Page.boundedSize(size));
        java.util.Set<String> sealed = sealed(entries);
        List<EntryView> items = entries.stream()
                .map(e -> EntryView.of(e, sealed.contains(e.getEntityType() + ":" + e.getEntityId())))
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
