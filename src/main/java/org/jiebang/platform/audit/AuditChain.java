package org.jiebang.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain of the audit log: each entry's hash is the SHA-256 of the previous entry's hash
 * and the entry's own fields, so that changing, removing or inserting a stored row breaks every
 * hash from there on.
 * <p>
 * The hashed text is the previous hash followed by the fields in this order, each on its own line
 * after a length prefix ({@code 5:alice}), so that no two different entries hash the same text:
 * place in the chain (1, 2, ...), time (ISO-8601 UTC, microseconds), actor, action, entity type,
 * entity id, before, after; an absent value is written {@code -1:}.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The time as stored: databases keep microseconds. */
    public static Instant storable(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(String prevHash, long seq, Instant at, String actor, String action, String entityType,
            String entityId, String before, String after) {
        StringBuilder text = new StringBuilder(prevHash).append('\n');
        for (String field : new String[] { Long.toString(seq), at.toString(), actor, action, entityType, entityId,
                before, after }) {
            if (field == null) {
                text.append("-1:\n");
            } else {
                text.append(field.length()).append(':').append(field).append('\n');
            }
        }
        return sha256(text.toString());
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
