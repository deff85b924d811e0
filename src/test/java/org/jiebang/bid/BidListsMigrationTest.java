package org.jiebang.bid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.jiebang.platform.persistence.Database;
import org.jiebang.testing.Rows;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V017 moves a bid's team, partners, promised values and proposed milestones from their tables into
 * the bid's row, on H2 and MariaDB: a database that has bids keeps every one of them, in order, and
 * the application reads them back.
 */
class BidListsMigrationTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyBidKeepsItsListsInOrder(Kind kind) throws SQLException {
        DataSource ds = TestDatabases.migratedTo(kind, "jiebang_test_bid_lists", "16");
        long full;
        long bare;
        long lab;
        long partner;
        String longDeliverable = "中试线运行报告与第三方检测报告".repeat(66);
        try (Connection db = ds.getConnection()) {
            lab = Rows.organization(db, "长三角先进材料研究院", "91330400MA2B00001X");
            partner = Rows.organization(db, "嘉兴学院", "91330400MA2B00002X");
            long user = Rows.account(db, "migrator", lab);
            long challenge = Rows.challenge(db, lab, user, "固态电池", "PUBLISHED");
            full = Rows.bid(db, challenge, lab, user, "SUBMITTED");
            bare = Rows.bid(db, challenge, partner, user, "DRAFT");
            Rows.insert(db, "INSERT INTO bid_member (bid_id, position, name, role, organization, expertise) VALUES (?, ?, ?, ?, ?, ?)",
                    new Object[] { full, 1, "Anna \"Q\" Berg", null, null, "界面\\阻抗" },
                    new Object[] { full, 0, "李明", "电化学测试", "长三角先进材料研究院", "固态电解质" });
            Rows.insert(db, "INSERT INTO bid_partner (bid_id, organization_id) VALUES (?, ?)",
                    new Object[] { full, partner }, new Object[] { full, lab });
            Rows.insert(db, "INSERT INTO bid_indicator_response (bid_id, position, indicator, promised) VALUES (?, ?, ?, ?)",
                    new Object[] { full, 1, "能量密度", null }, new Object[] { full, 0, "循环寿命", "≥ 2500 次" });
            // as long as a form allows: a deliverable of 990 CJK characters, well over 1,024 bytes alone
            Rows.insert(db, "INSERT INTO bid_milestone (bid_id, position, title, deliverable, due_month, share)"
                    + " VALUES (?, ?, ?, ?, ?, ?)",
                    new Object[] { full, 1, "中试验证", longDeliverable, 18, new BigDecimal("59.50") },
                    new Object[] { full, 0, "材料定型", "配方与检测报告", 6, new BigDecimal("40.50") });
        }
        Database.migrate(ds);

        EntityManagerFactory factory = TestDatabases.factoryOn(ds);
        try {
            Bid read = TestDatabases.inTransaction(factory, em -> em.find(Bid.class, full));
            assertEquals(List.of("李明", "Anna \"Q\" Berg"), read.getMembers().stream().map(TeamMember::getName).toList());
            assertEquals("电化学测试", read.getMembers().get(0).getRole());
            assertEquals("长三角先进材料研究院", read.getMembers().get(0).getOrganization());
            assertNull(read.getMembers().get(1).getRole());
            assertEquals("界面\\阻抗", read.getMembers().get(1).getExpertise());
            assertEquals(Set.of(lab, partner), read.getPartnerOrganizationIds());
            assertEquals(List.of("循环寿命", "能量密度"),
                    read.getIndicatorResponses().stream().map(IndicatorResponse::getIndicator).toList());
            assertEquals("≥ 2500 次", read.getIndicatorResponses().get(0).getPromised());
            assertNull(read.getIndicatorResponses().get(1).getPromised());
            assertEquals(List.of("材料定型", "中试验证"), read.getMilestones().stream().map(ProposedMilestone::getTitle).toList());
            assertEquals(List.of(6, 18), read.getMilestones().stream().map(ProposedMilestone::getMonth).toList());
            assertEquals(List.of(new BigDecimal("40.50"), new BigDecimal("59.50")),
                    read.getMilestones().stream().map(ProposedMilestone::getShare).toList());
            assertEquals(longDeliverable, read.getMilestones().get(1).getDeliverable(), "nothing cut off");

            Bid empty = TestDatabases.inTransaction(factory, em -> em.find(Bid.class, bare));
            assertEquals(List.of(), empty.getMembers());
            assertEquals(Set.of(), empty.getPartnerOrganizationIds());
            assertEquals(List.of(), empty.getIndicatorResponses());
            assertEquals(List.of(), empty.getMilestones());
        } finally {
            factory.close();
        }
        try (Connection db = ds.getConnection()) {
            for (String column : List.of("members", "partner_organization_ids", "indicator_responses", "milestones")) {
                assertNull(Rows.column(db, "bid", column, bare), "no list: NULL, as the application writes an empty one");
            }
        }
    }
}
