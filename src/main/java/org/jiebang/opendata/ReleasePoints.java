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

    /**
     * Every dated public change: challenge id {@code cid}, instant {@code ts}, tag. {@code %1$s}
     * in each branch takes a further condition on that branch's challenge id and instant (written
     * with {@code {cid}} and {@code {ts}}), so that the database narrows each branch by its indexes.
     */
    private static final List<String[]> BRANCHES = List.of(
            // { challenge id, instant, tag, FROM and WHERE (challenge c is always joined) }
            new String[] { "c.id", "c.published_at", "'tender'", "challenge c WHERE c.published_at IS NOT NULL" },
            new String[] { "c.id", "a.at", "'tenderAmendment'",
                "challenge_amendment a JOIN challenge c ON c.id = a.challenge_id WHERE c.published_at IS NOT NULL" },
            new String[] { "c.id", "q.answered_at", "'tenderUpdate'", "challenge_question q JOIN challenge c"
                + " ON c.id = q.challenge_id WHERE c.published_at IS NOT NULL AND q.answered_at IS NOT NULL" },
            new String[] { "c.id", "c.closed_at", "'tenderUpdate'",
                "challenge c WHERE c.published_at IS NOT NULL AND c.closed_at IS NOT NULL" },
            new String[] { "c.id", "c.ended_at", "CASE WHEN c.status = 'CANCELLED' THEN 'tenderCancellation' ELSE 'tenderUpdate' END",
                "challenge c WHERE c.published_at IS NOT NULL AND c.ended_at IS NOT NULL" },
            new String[] { "c.id", "p.proposed_at", "'award'", "award_proposal p JOIN challenge c ON c.id = p.challenge_id WHERE 1 = 1" },
            new String[] { "c.id", "p.finalized_at", "'awardUpdate'",
                "award_proposal p JOIN challenge c ON c.id = p.challenge_id WHERE p.finalized_at IS NOT NULL" },
            new String[] { "c.id", "o.resolved_at", "'awardCancellation'",
                "objection o JOIN challenge c ON c.id = o.challenge_id WHERE o.status = 'UPHELD'" },
            new String[] { "c.id", "k.signed_at", "'contract'",
                "contract k JOIN challenge c ON c.id = k.challenge_id WHERE k.signed_at IS NOT NULL" },
            new String[] { "c.id", "k.registered_at", "'contractUpdate'",
                "contract k JOIN challenge c ON c.id = k.challenge_id WHERE k.registered_at IS NOT NULL" },
            new String[] { "c.id", "k.ended_at", "'contractTermination'", "contract k JOIN challenge c ON c.id = k.challenge_id"
                + " WHERE k.signed_at IS NOT NULL AND k.ended_at IS NOT NULL" },
            new String[] { "c.id", "m.accepted_at", "'implementation'", "contract_milestone m JOIN contract k ON k.id = m.contract_id"
                + " JOIN challenge c ON c.id = k.challenge_id WHERE m.accepted_at IS NOT NULL" },
            new String[] { "c.id", "p.paid_at", "'implementation'", "contract_payment p JOIN contract k ON k.id = p.contract_id"
                + " JOIN challenge c ON c.id = k.challenge_id WHERE p.source = 'VOUCHER'" });

    /** The union of the branches, each narrowed by {@code condition} (in {@code {cid}} and {@code {ts}}). */
    private static String changes(String condition) {
        return BRANCHES.stream().map(b -> "SELECT " + b[0] + " AS cid, " + b[1] + " AS ts, " + b[2] + " AS tag FROM " + b[3]
                + " AND (" + condition.replace("{cid}", b[0]).replace("{ts}", b[1]) + ")")
                .collect(java.util.stream.Collectors.joining(" UNION ALL "));
    }

    private static final UtcInstantConverter UTC = new UtcInstantConverter();

    private ReleasePoints() {
    }

    /** Every release of one challenge, oldest first (empty before publication). */
    static List<Point> of(EntityManager em, long challengeId) {
        Query q = em.createNativeQuery("SELECT r.cid, r.ts, r.tag FROM (" + changes("{cid} = ?1") + ") r ORDER BY r.ts");
        q.setParameter(1, challengeId);
        return group(rows(q));
    }

    /**
     * Up to {@code size} releases of every challenge after the cursor ({@code since}, {@code afterId})
     * and not after {@code until}, in the order of (instant, challenge id); one more when there are
     * more, so that the caller knows.
     */
    static List<Point> after(EntityManager em, Instant since, long afterId, Instant until, int size) {
        String window = "({ts} > ?1 OR ({ts} = ?1 AND {cid} > ?2)) AND {ts} <= ?3";
        Query keys = em.createNativeQuery("SELECT r.cid, r.ts FROM (" + changes(window) + ") r"
                + " GROUP BY r.ts, r.cid ORDER BY r.ts, r.cid");
        keys.setParameter(1, UTC.convertToDatabaseColumn(since)).setParameter(2, afterId)
                .setParameter(3, UTC.convertToDatabaseColumn(until)).setMaxResults(size + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> found = keys.getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        Object[] last = found.get(found.size() - 1);
        Query q = em.createNativeQuery("SELECT r.cid, r.ts, r.tag FROM (" + changes(window
                + " AND ({ts} < ?4 OR ({ts} = ?4 AND {cid} <= ?5))") + ") r ORDER BY r.ts, r.cid");
        q.setParameter(1, UTC.convertToDatabaseColumn(since)).setParameter(2, afterId)
                .setParameter(3, UTC.convertToDatabaseColumn(until))
                .setParameter(4, UTC.convertToDatabaseColumn(UTC.convertToEntityAttribute(last[1])))
                .setParameter(5, ((Number) last[0]).longValue());
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
