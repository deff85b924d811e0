package org.jiebang.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Contract drafts for tests, made as an award makes them. */
public final class Contracts {

    public static final LocalDate START = LocalDate.of(2026, 12, 1);

    private Contracts() {
    }

    public static List<ContractIndicator> indicators() {
        return List.of(new ContractIndicator("能量密度", "≥ 300", "Wh/kg", "第三方检测", "320"),
                new ContractIndicator("循环寿命", "≥ 2000", "次", "第三方检测", "2500"));
    }

    /** 1,000,000.01 in three milestones of 30/30/40 % over 12 months. */
    public static Contract aDraft(boolean horseRace) {
        return Contract.draft(new Contract.Draft(1, 2, 10, 20, List.of(30L), new BigDecimal("1000000.01"), 12, START,
                "知识产权归甲方所有", horseRace, indicators(),
                List.of(new Contract.Draft.ProposedMilestone("样品", "小试样品", 3, new BigDecimal("30.00")),
                        new Contract.Draft.ProposedMilestone("中试", "中试报告", 8, new BigDecimal("30.00")),
                        new Contract.Draft.ProposedMilestone("验收", "验收报告", 12, new BigDecimal("40.00")))));
    }

    /** The draft's plan as a form, to change one thing. */
    public static ContractForm.MilestoneForm row(Milestone m) {
        return new ContractForm.MilestoneForm(m.getTitle(), m.getDeliverable(), m.getDueDate(), m.getAmount(), m.isGate(),
                List.copyOf(m.getIndicators()));
    }
}
