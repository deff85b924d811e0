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
 * <p>
 * A <em>sealed</em> entry (one about a bid before bidding closes, see {@link AuditSeal}) is chained
 * through a commitment instead: {@code commitment} is the SHA-256 of a random 256-bit salt (64 hex
 * digits) followed by actor, action, entity id, before and after in the same length-prefixed form,
 * and the hashed text is the previous hash followed by place, time, the word {@code SEALED}, entity
 * type and commitment. Before the close the log shows place, time, entity type, commitment and
 * hash, enough to check the chain; without the salt no guess of the content can be tested against
 * the commitment. After the close the salt and the content are shown and anyone can recompute both.
 * {@code docs/audit-log.md} describes this for readers of the log.
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
        appendFields(text, Long.toString(seq), at.toString(), actor, action, entityType, entityId, before, after);
        return sha256(text.toString());
    }

    /** The commitment of a sealed entry to its content: SHA-256 of the salt and the hidden fields. */
    public static String commitment(String salt, String actor, String action, String entityId, String before,
            String after) {
        StringBuilder text = new StringBuilder(salt).append('\n');
        appendFields(text, actor, action, entityId, before, after);
        return sha256(text.toString());
    }

    /** The hash of a sealed entry: the previous hash, place, time, SEALED, entity type and commitment. */
    public static String sealedHash(String prevHash, long seq, Instant at, String entityType, String commitment) {
        StringBuilder text = new StringBuilder(prevHash).append('\n');
        appendFields(text, Long.toString(seq), at.toString(), SEALED, entityType, commitment);
        return sha256(text.toString());
    }

    /** The word in place of actor and action in a sealed entry's hashed text and display. */
    public static final String SEALED = "SEALED";

    private static void appendFields(StringBuilder text, String... fields) {
        for (String field : fields) {
            if (field == null) {
                text.append("-1:\n");
            } else {
                text.append(field.length()).append(':').append(field).append('\n');
            }
        }
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
