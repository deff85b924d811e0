package org.jiebang.analytics;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jiebang.account.VerificationStatus;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.contract.ContractStatus;
import org.jiebang.contract.MilestoneStatus;
import org.jiebang.platform.config.Clocks;
import org.jiebang.review.AwardProposal;
import org.jiebang.review.Objection;
import org.jiebang.voucher.Redemption;

/** What waits for the technology market's staff, counted for the top of their dashboard. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class StaffDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Organizations to verify, challenges to vet, notices running, objections to resolve, signed
     * contracts to register, milestones overdue on signed contracts, voucher redemptions to decide.
     */
    public record Queue(long organizations, long challenges, long notices, long objections, long registrations,
            long overdueMilestones, long redemptions) {
    }

    public Queue queue() {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.DISPLAY_ZONE));
        return new Queue(
                count("SELECT COUNT(o) FROM Organization o WHERE o.status = ?1", VerificationStatus.PENDING),
                count("SELECT COUNT(c) FROM Challenge c WHERE c.status = ?1", ChallengeStatus.PENDING_REVIEW),
                count("SELECT COUNT(p) FROM AwardProposal p WHERE p.status = ?1", AwardProposal.Status.NOTICE),
                count("SELECT COUNT(o) FROM Objection o WHERE o.status = ?1", Objection.Status.OPEN),
                count("SELECT COUNT(k) FROM Contract k WHERE k.status = ?1 AND k.registrationNumber IS NULL",
                        ContractStatus.SIGNED),
                count("SELECT COUNT(m) FROM Milestone m WHERE m.contract.status = ?1 AND m.status <> ?2 AND m.dueDate < ?3",
                        ContractStatus.SIGNED, MilestoneStatus.ACCEPTED, today),
                count("SELECT COUNT(r) FROM Redemption r WHERE r.status = ?1", Redemption.Status.PENDING));
    }

    private long count(String jpql, Object... params) {
        var q = em.createQuery(jpql, Long.class);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getSingleResult();
    }
}
