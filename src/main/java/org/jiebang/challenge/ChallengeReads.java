package org.jiebang.challenge;

import static org.jiebang.platform.persistence.NativeValues.instant;
import static org.jiebang.platform.persistence.NativeValues.number;
import static org.jiebang.platform.persistence.NativeValues.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.config.QueryType;

/**
 * How a challenge is read wherever who may see it is checked: with its owner, which every such
 * check reads, in one statement (its indicators and keywords are in its row), and none if the
 * persistence context holds the challenge already.
 */
public final class ChallengeReads {

    private ChallengeReads() {
    }

    /** The challenge with this id and its owner, or null. */
    public static Challenge withOwner(EntityManager em, long id) {
        return byId(em, id).getResultStream().findFirst().orElse(null);
    }

    /** The same with its attachments, where they are shown: still one statement. */
    public static Challenge withOwnerAndAttachments(EntityManager em, long id) {
        return byId(em, id).setHint(QueryHints.LEFT_FETCH, "c.attachments").getResultStream().findFirst().orElse(null);
    }

    private static TypedQuery<Challenge> byId(EntityManager em, long id) {
        return em.createQuery("SELECT c FROM Challenge c WHERE c.id = :id", Challenge.class).setParameter("id", id)
                .setHint(QueryHints.QUERY_TYPE, QueryType.ReadObject).setHint(QueryHints.FETCH, "c.owner");
    }

    /** What its owner and staff see of a challenge besides its content: the vetting decisions and the undertakings. */
    public record OwnersView(List<ReviewDecision> reviews, List<ChallengeService.UndertakingView> undertakings) {
    }

    /**
     * The vetting decisions (newest first) and the confidentiality undertakings (oldest first) of a
     * challenge, in one statement.
     */
    public static OwnersView ownersView(EntityManager em, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT 'R' AS kind, r.id AS n, r.at AS at, r.reviewer AS a, r.decision AS b,"
                + " r.comments AS c FROM challenge_review r WHERE r.challenge_id = ?1"
                + " UNION ALL SELECT 'U', t.id, t.accepted_at, u.username, u.display_name, o.name FROM challenge_undertaking t"
                + " JOIN app_user u ON u.id = t.user_id JOIN organization o ON o.id = t.organization_id WHERE t.challenge_id = ?1")
                .setParameter(1, id).getResultList();
        List<Object[]> reviews = new ArrayList<>();
        List<Object[]> undertakings = new ArrayList<>();
        rows.forEach(r -> ("R".equals(r[0]) ? reviews : undertakings).add(r));
        Comparator<Object[]> byTime = Comparator.comparing((Object[] r) -> instant(r[2]))
                .thenComparingLong(r -> number(r[1]));
        return new OwnersView(
                reviews.stream().sorted(byTime.reversed()).map(r -> new ReviewDecision(id, instant(r[2]),
                        text(r[3]), ReviewDecision.Decision.valueOf(text(r[4])), text(r[5]))).toList(),
                undertakings.stream().sorted(byTime).map(r -> new ChallengeService.UndertakingView(text(r[3]), text(r[4]),
                        text(r[5]), instant(r[2]))).toList());
    }
}
