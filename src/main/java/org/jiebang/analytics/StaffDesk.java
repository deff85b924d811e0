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

    /** The queue in one statement (a page's budget is five). */
    public Queue queue() {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.DISPLAY_ZONE));
        Object[] n = (Object[]) em.createNativeQuery("SELECT"
                + " (SELECT COUNT(*) FROM organization WHERE status = ?1),"
                + " (SELECT COUNT(*) FROM challenge WHERE status = ?2),"
                + " (SELECT COUNT(*) FROM award_proposal WHERE status = ?3),"
                + " (SELECT COUNT(*) FROM objection WHERE status = ?4),"
                + " (SELECT COUNT(*) FROM contract WHERE status = ?5 AND registration_number IS NULL),"
                + " (SELECT COUNT(*) FROM contract_milestone m JOIN contract k ON k.id = m.contract_id"
                + " WHERE k.status = ?5 AND m.status <> ?6 AND m.due_date < ?7),"
                + " (SELECT COUNT(*) FROM voucher_redemption WHERE status = ?8)")
                .setParameter(1, VerificationStatus.PENDING.name()).setParameter(2, ChallengeStatus.PENDING_REVIEW.name())
                .setParameter(3, AwardProposal.Status.NOTICE.name()).setParameter(4, Objection.Status.OPEN.name())
                .setParameter(5, ContractStatus.SIGNED.name()).setParameter(6, MilestoneStatus.ACCEPTED.name())
                .setParameter(7, java.sql.Date.valueOf(today)).setParameter(8, Redemption.Status.PENDING.name())
                .getSingleResult();
        return new Queue(count(n[0]), count(n[1]), count(n[2]), count(n[3]), count(n[4]), count(n[5]), count(n[6]));
    }

    private static long count(Object n) {
        return ((Number) n).longValue();
    }
}
