package org.jiebang.opendata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.jiebang.platform.persistence.UtcInstantConverter;

/**
 * When the public record of a challenge changed: one OCDS release per (challenge, instant), tagged
 * with what changed then. The points come from the dated facts themselves, in one SQL statement:
 * publication, amendments, published answers, the close, a cancellation or failure after
 * publication, award proposals, their finalization or withdrawal, contracts signed, registered and
 * ended, milestones accepted and voucher-funded payments. Nothing here exists before a challenge
 * is published, and nothing the trace hides from visitors makes a point (submitted or rejected
 * milestones, payments from the firm's own account).
 */
final class ReleasePoints {

    /** One release: the challenge, the instant and the OCDS release tags of what changed. */
    record Point(long challengeId, Instant at, Set<String> tags) {
    }

    /** The order of tags within a release, as the lifecycle runs. */
    static final List<String> TAG_ORDER = List.of("tender", "tenderAmendment", "tenderUpdate", "tenderCancellation", "award",
            "awardUpdate", "awardCancellation", "contract", "contractUpdate", "implementation", "contractTermination");

    private static final String PUBLISHED = " JOIN challenge c ON c.id = %s WHERE c.published_at IS NOT NULL";

    /** Every dated public change: challenge id, instant, tag. */
    private static final String CHANGES = String.join(" UNION ALL ",
            "SELECT c.id AS cid, c.published_at AS ts, 'tender' AS tag FROM challenge c WHERE c.published_at IS NOT NULL",
            "SELECT a.challenge_id, a.at, 'tenderAmendment' FROM challenge_amendment a" + PUBLISHED.formatted("a.challenge_id"),
            "SELECT q.challenge_id, q.answered_at, 'tenderUpdate' FROM challenge_question q"
                    + PUBLISHED.formatted("q.challenge_id") + " AND q.answered_at IS NOT NULL",
            "SELECT c.id, c.closed_at, 'tenderUpdate' FROM challenge c WHERE c.published_at IS NOT NULL"
                    + " AND c.closed_at IS NOT NULL",
            // a cancelled or failed challenge is never written to again: its last update is its end
            "SELECT c.id, c.updated_at, CASE WHEN c.status = 'CANCELLED' THEN 'tenderCancellation' ELSE 'tenderUpdate' END"
                    + " FROM challenge c WHERE c.published_at IS NOT NULL AND c.status IN ('CANCELLED', 'FAILED')",
            "SELECT p.challenge_id, p.proposed_at, 'award' FROM award_proposal p",
            "SELECT p.challenge_id, p.finalized_at, 'awardUpdate' FROM award_proposal p WHERE p.finalized_at IS NOT NULL",
            "SELECT o.challenge_id, o.resolved_at, 'awardCancellation' FROM objection o WHERE o.status = 'UPHELD'",
            "SELECT k.challenge_id, k.signed_at, 'contract' FROM contract k WHERE k.signed_at IS NOT NULL",
            "SELECT k.challenge_id, k.registered_at, 'contractUpdate' FROM contract k WHERE k.registered_at IS NOT NULL",
            "SELECT k.challenge_id, k.ended_at, 'contractTermination' FROM contract k WHERE k.signed_at IS NOT NULL"
                    + " AND k.ended_at IS NOT NULL",
            "SELECT k.challenge_id, m.accepted_at, 'implementation' FROM contract_milestone m"
                    + " JOIN contract k ON k.id = m.contract_id WHERE m.accepted_at IS NOT NULL",
            "SELECT k.challenge_id, p.paid_at, 'implementation' FROM contract_payment p"
                    + " JOIN contract k ON k.id = p.contract_id WHERE p.source = 'VOUCHER'");

    private static final UtcInstantConverter UTC = new UtcInstantConverter();

    private ReleasePoints() {
    }

    /** Every release of one challenge, oldest first (empty before publication). */
    static List<Point> of(EntityManager em, long challengeId) {
        Query q = em.createNativeQuery("SELECT r.cid, r.ts, r.tag FROM (" + CHANGES + ") r WHERE r.cid = ?1 ORDER BY r.ts");
        q.setParameter(1, challengeId);
        return group(rows(q));
    }

    /**
     * Up to {@code size} releases of every challenge after the cursor ({@code since}, {@code afterId}),
     * in the order of (instant, challenge id); one more when there are more, so that the caller knows.
     */
    static List<Point> after(EntityManager em, Instant since, long afterId, int size) {
        String after = " WHERE r.ts > ?1 OR (r.ts = ?1 AND r.cid > ?2)";
        Query keys = em.createNativeQuery("SELECT r.cid, r.ts FROM (" + CHANGES + ") r" + after
                + " GROUP BY r.ts, r.cid ORDER BY r.ts, r.cid");
        keys.setParameter(1, UTC.convertToDatabaseColumn(since)).setParameter(2, afterId).setMaxResults(size + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> found = keys.getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        Object[] last = found.get(found.size() - 1);
        Query q = em.createNativeQuery("SELECT r.cid, r.ts, r.tag FROM (" + CHANGES + ") r WHERE (r.ts > ?1 OR (r.ts = ?1"
                + " AND r.cid > ?2)) AND (r.ts < ?3 OR (r.ts = ?3 AND r.cid <= ?4)) ORDER BY r.ts, r.cid");
        q.setParameter(1, UTC.convertToDatabaseColumn(since)).setParameter(2, afterId)
                .setParameter(3, UTC.convertToDatabaseColumn(UTC.convertToEntityAttribute(last[1])))
                .setParameter(4, ((Number) last[0]).longValue());
        return group(rows(q));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    /** Rows ordered by instant (and challenge) into one point per (challenge, instant). */
    private static List<Point> group(List<Object[]> rows) {
        Map<String, Point> points = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            Instant at = UTC.convertToEntityAttribute(r[1]);
            points.computeIfAbsent(id + "@" + at, k -> new Point(id, at, new TreeSet<>(
                    (a, b) -> Integer.compare(TAG_ORDER.indexOf(a), TAG_ORDER.indexOf(b))))).tags().add((String) r[2]);
        }
        List<Point> ordered = new ArrayList<>(points.values());
        ordered.sort((a, b) -> a.at().equals(b.at()) ? Long.compare(a.challengeId(), b.challengeId()) : a.at().compareTo(b.at()));
        return ordered;
    }
}
