package org.jiebang.analytics;

import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every {@value MarketFacts#RESCAN_SECONDS} seconds, the statistics' facts re-read what was stamped in
 * the {@value MarketFacts#MARGIN_SECONDS} s up to the newest rows they saw ({@link MarketFacts#rescan()}),
 * on this node: a timer's work, so that no reading of the statistics pays for a rescan it did not cause.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FactsRescan {

    private static final Logger LOG = Logger.getLogger(FactsRescan.class.getName());

    @Inject
    MarketFacts facts;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    public void rescan() {
        try {
            facts.rescan();
        } catch (RuntimeException e) {
            LOG.warning(() -> "the statistics' facts were not rescanned, will try again: " + e);
        }
    }
}
