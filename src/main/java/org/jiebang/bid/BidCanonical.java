package org.jiebang.bid;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.erdtman.jcs.JsonCanonicalizer;
import org.jiebang.platform.storage.StoredFile;

/**
 * The canonical content of a submitted bid, whose SHA-256 is the receipt (SPEC §4). The content
 * is the JSON document below, canonicalized by RFC 8785 (JSON Canonicalization Scheme: keys sorted,
 * no whitespace, UTF-8), then hashed with SHA-256 and written as 64 lower-case hex digits.
 * Documented for bidders in {@code docs/bid-receipt.md}:
 *
 * <pre>
 * {"bidId": 12, "challengeId": 3, "leadOrganizationId": 7,
 *  "submittedAt": "2026-11-23T06:00:00.123456Z",
 *  "principal": {"name", "title", "record"},
 *  "members": [{"name", "role", "organization", "expertise"}, ...],        in the bid's order
 *  "partnerOrganizationIds": [4, 9],                                         ascending
 *  "approach": "&lt;p&gt;...",                                              the sanitized HTML
 *  "indicatorResponses": [{"indicator", "promised"}, ...],                  in the challenge's order
 *  "price": "480000.00", "durationMonths": 18,
 *  "milestones": [{"title", "deliverable", "month", "share": "40.00"}, ...], in the bid's order
 *  "attachments": [{"fileName", "size", "sha256"}, ...]}                    by file id (upload order)
 * </pre>
 *
 * Texts absent are {@code null}; money and shares are strings with 2 decimals; times are UTC
 * ISO-8601 with microseconds, as stored.
 */
public final class BidCanonical {

    /** always six fraction digits, so that the text does not depend on where the time falls */
    private static final java.time.format.DateTimeFormatter MICROS = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private BidCanonical() {
    }

    /** The canonical JSON text of {@code bid} as it stands. */
    public static String json(Bid bid) {
        JsonObjectBuilder doc = Json.createObjectBuilder()
                .add("bidId", bid.getId() == null ? 0 : bid.getId())
                .add("challengeId", bid.getChallenge().getId())
                .add("leadOrganizationId", bid.getLead().getId());
        text(doc, "submittedAt", bid.getSubmittedAt() == null ? null : MICROS.format(bid.getSubmittedAt()));
        Principal p = bid.getPrincipal();
        JsonObjectBuilder principal = Json.createObjectBuilder();
        text(principal, "name", p.getName());
        text(principal, "title", p.getTitle());
        text(principal, "record", p.getRecord());
        doc.add("principal", principal);
        JsonArrayBuilder members = Json.createArrayBuilder();
        for (TeamMember m : bid.getMembers()) {
            JsonObjectBuilder member = Json.createObjectBuilder();
            text(member, "name", m.getName());
            text(member, "role", m.getRole());
            text(member, "organization", m.getOrganization());
            text(member, "expertise", m.getExpertise());
            members.add(member);
        }
        doc.add("members", members);
        JsonArrayBuilder partners = Json.createArrayBuilder();
        bid.getPartnerOrganizationIds().stream().sorted().forEach(partners::add);
        doc.add("partnerOrganizationIds", partners);
        text(doc, "approach", bid.getApproach());
        JsonArrayBuilder responses = Json.createArrayBuilder();
        for (IndicatorResponse r : bid.getIndicatorResponses()) {
            JsonObjectBuilder response = Json.createObjectBuilder();
            text(response, "indicator", r.getIndicator());
            text(response, "promised", r.getPromised());
            responses.add(response);
        }
        doc.add("indicatorResponses", responses);
        text(doc, "price", money(bid.getPrice()));
        if (bid.getDurationMonths() == null) {
            doc.addNull("durationMonths");
        } else {
            doc.add("durationMonths", bid.getDurationMonths());
        }
        JsonArrayBuilder milestones = Json.createArrayBuilder();
        for (ProposedMilestone m : bid.getMilestones()) {
            JsonObjectBuilder milestone = Json.createObjectBuilder();
            text(milestone, "title", m.getTitle());
            text(milestone, "deliverable", m.getDeliverable());
            if (m.getMonth() == null) {
                milestone.addNull("month");
            } else {
                milestone.add("month", m.getMonth());
            }
            text(milestone, "share", money(m.getShare()));
            milestones.add(milestone);
        }
        doc.add("milestones", milestones);
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (StoredFile f : bid.getAttachments().stream().sorted(java.util.Comparator.comparing(StoredFile::getId)).toList()) {
            files.add(Json.createObjectBuilder().add("fileName", f.getFileName()).add("size", f.getSize())
                    .add("sha256", f.getSha256()));
        }
        doc.add("attachments", files);
        try {
            return new JsonCanonicalizer(doc.build().toString()).getEncodedString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot canonicalize a bid", e);
        }
    }

    /** SHA-256 of the canonical JSON's UTF-8 bytes, as 64 lower-case hex digits. */
    public static String sha256(Bid bid) {
        return sha256(json(bid));
    }

    public static String sha256(String canonicalJson) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonicalJson.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static void text(JsonObjectBuilder builder, String name, String value) {
        if (value == null) {
            builder.addNull(name);
        } else {
            builder.add(name, value);
        }
    }
}
