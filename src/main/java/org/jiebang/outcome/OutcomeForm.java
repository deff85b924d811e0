package org.jiebang.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code {"type", "title", "date", "evidence", "applicationNumber", "patentStatus", "amount"}} */
public record OutcomeForm(OutcomeType type, String title, LocalDate date, String evidence, String applicationNumber,
        PatentStatus patentStatus, BigDecimal amount) {
}
