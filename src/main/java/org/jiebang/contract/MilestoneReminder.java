package org.jiebang.contract;

import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * SPEC §6: reminders go out {@code jiebang.milestone.reminder-days} days before a milestone's due
 * date, once. Every 20 seconds the due milestones are claimed by a conditional update (so that
 * in a cluster one node reminds) and their parties told.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MilestoneReminder {

    private static final Logger LOG = Logger.getLogger(MilestoneReminder.class.getName());

    @Inject
    ContractService contracts;

    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    public void remind() {
        try {
            int sent = contracts.remindDue();
            if (sent > 0) {
                LOG.info(() -> sent + " milestone reminders sent");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "milestone reminders failed, will try again: " + e);
        }
    }
}
