package org.jiebang.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract as the parties edit it ({@code PUT /contracts/{id}}): the resource as its GET
 * returns it; read-only fields are ignored, and a field left out keeps its value.
 */
public record ContractForm(ContractType type, BigDecimal amount, BigDecimal transactionAmount, LocalDate startDate,
        LocalDate endDate, String ipClause, List<MilestoneForm> milestones) {

    /** A milestone as the parties plan it; {@code indicators} names the indicators it covers. */
    public record MilestoneForm(String title, String deliverable, LocalDate dueDate, BigDecimal amount, Boolean gate,
            List<String> indicators) {
    }
}
