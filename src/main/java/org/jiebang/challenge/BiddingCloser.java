package org.jiebang.challenge;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.jiebang.platform.clock.ClusterClock;

/**
 * SPEC §3: at the deadline bidding closes by itself. Every 15 seconds, and once at start-up (to
 * catch up on deadlines that passed while the server was down), each published challenge whose
 * deadline has come is closed in a transaction of its own; the row lock in
 * {@link ChallengeService#closeIfDue} makes it happen exactly once across nodes.
 */
@Singleton
@Startup
@DependsOn({ "Database", "ChallengeSearch" })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BiddingCloser {

    private static final Logger LOG = Logger.getLogger(BiddingCloser.class.getName());

    @Inject
    ChallengeService challenges;

    @Inject
    ClusterClock clock;

    @PostConstruct
    void atStart() {
        closeDue();
    }

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    public void closeDue() {
        for (Long id : challenges.dueForClosing(clock.now())) {
            try {
                if (challenges.closeIfDue(id)) {
                    LOG.info(() -> "bidding closed on challenge " + id);
                }
            } catch (RuntimeException e) {
                LOG.warning(() -> "closing challenge " + id + " failed, will try again: " + e);
            }
        }
    }
}
