package org.jiebang.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A contract with the names its documents print: the challenge, the parties, and for the
 * acceptance report the payments and who signed.
 */
public record ContractFacts(Contract contract, String challengeTitle, String clientName, String contractorName,
        List<String> partnerNames, List<Payment> payments, Map<Long, String> userNames) {

    /** What was paid on a milestone. */
    public BigDecimal paidOn(Long milestoneId) {
        return payments.stream().filter(p -> java.util.Objects.equals(p.getMilestoneId(), milestoneId)).map(Payment::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal paid() {
        return payments.stream().map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The latest accepted measured value of an indicator (the milestone accepted last that measured
     * it), or null.
     */
    public String measured(String indicator) {
        String found = null;
        for (Milestone m : contract.getMilestones()) {
            if (m.getStatus() == MilestoneStatus.ACCEPTED) {
                for (Measurement x : m.getMeasurements()) {
                    if (x.getIndicator().equals(indicator)) {
                        found = x.getMeasured();
                    }
                }
            }
        }
        return found;
    }
}
