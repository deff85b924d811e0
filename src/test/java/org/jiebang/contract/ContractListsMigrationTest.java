package org.jiebang.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
 * V018 moves a contract's acceptance criteria, and each milestone's covered indicators, measured
 * values and evidence, from their tables into their rows, and V022 copies its partners into its row,
 * on H2 and MariaDB: a database that has contracts keeps every one of them, in order, and the
 * application reads them back.
 */
class ContractListsMigrationTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyContractAndMilestoneKeepsItsLists(Kind kind) throws SQLException {
        DataSource ds = TestDatabases.migratedTo(kind, "jiebang_test_contract_lists", "17");
        long contract;
        long measuredMilestone;
        long plainMilestone;
        long[] files = new long[2];
        long partner;
        try (Connection db = ds.getConnection()) {
            long firm = Rows.organization(db, "恒泰能源", "91330400MA2B00001X");
            long lab = Rows.organization(db, "长三角先进材料研究院", "91330400MA2B00002X");
            partner = Rows.organization(db, "嘉兴学院", "91330400MA2B00003X");
            long user = Rows.account(db, "migrator", lab);
            long challenge = Rows.challenge(db, firm, user, "固态电池", "IN_EXECUTION");
            long bid = Rows.bid(db, challenge, lab, user, "AWARDED");
            contract = Rows.insert(db, "INSERT INTO contract (version, created_at, updated_at, challenge_id, award_bid_id,"
                    + " client_organization_id, contractor_organization_id, contract_type, amount, transaction_amount,"
                    + " start_date, end_date, horse_race, status, text_version) VALUES (0, " + Rows.AT + ", " + Rows.AT + ", "
                    + challenge + ", " + bid + ", " + firm + ", " + lab + ", 'DEVELOPMENT', 480000.00, 480000.00,"
                    + " '2026-11-01', '2028-05-01', FALSE, 'SIGNED', 1)");
            String milestone = "INSERT INTO contract_milestone (version, created_at, updated_at, contract_id, position, title,"
                    + " due_date, amount, gate, status) VALUES (0, " + Rows.AT + ", " + Rows.AT + ", " + contract
                    + ", %d, '%s', '2027-05-01', 240000.00, FALSE, '%s')";
            plainMilestone = Rows.insert(db, milestone.formatted(0, "材料定型", "PLANNED"));
            measuredMilestone = Rows.insert(db, milestone.formatted(1, "中试验证", "SUBMITTED"));
            for (int i = 0; i < files.length; i++) {
                files[i] = Rows.insert(db, "INSERT INTO stored_file (storage_name, file_name, media_type, size_bytes, sha256,"
                        + " uploaded_by, uploaded_at) VALUES ('00000000-0000-0000-0000-00000000000" + i + "', '检测报告" + i
                        + ".pdf', 'application/pdf', 10, '" + "0".repeat(64) + "', " + user + ", " + Rows.AT + ")");
            }
            Rows.insert(db, "INSERT INTO contract_indicator (contract_id, position, name, target, unit, verification, promised)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    new Object[] { contract, 1, "能量密度", "≥ 350", "Wh/kg", null, null },
                    new Object[] { contract, 0, "循环寿命", "≥ 2000", "次", "第三方检测 \"CNAS\"", "≥ 2500" });
            Rows.insert(db, "INSERT INTO milestone_indicator (milestone_id, indicator) VALUES (?, ?)",
                    new Object[] { measuredMilestone, "能量密度" }, new Object[] { measuredMilestone, "循环寿命" });
            Rows.insert(db, "INSERT INTO milestone_measurement (milestone_id, position, indicator, measured) VALUES (?, ?, ?, ?)",
                    new Object[] { measuredMilestone, 1, "能量密度", "362 Wh/kg" },
                    new Object[] { measuredMilestone, 0, "循环寿命", "2 610 次 \\ 25 ℃" });
            Rows.insert(db, "INSERT INTO contract_partner (contract_id, organization_id) VALUES (?, ?)",
                    new Object[] { contract, partner });
            Rows.insert(db, "INSERT INTO milestone_evidence (milestone_id, file_id) VALUES (?, ?)",
                    new Object[] { measuredMilestone, files[1] }, new Object[] { measuredMilestone, files[0] });
        }
        Database.migrate(ds);

        EntityManagerFactory factory = TestDatabases.factoryOn(ds);
        try {
            Contract read = TestDatabases.inTransaction(factory, em -> {
                Contract c = em.find(Contract.class, contract);
                c.getMilestones().size();
                return c;
            });
            assertEquals(Set.of(partner), read.getPartnerOrganizationIds(), "V022: the partners in the row too");
            assertEquals(List.of("循环寿命", "能量密度"), read.getIndicators().stream().map(ContractIndicator::getName).toList());
            ContractIndicator first = read.getIndicators().get(0);
            assertEquals(List.of("≥ 2000", "次", "第三方检测 \"CNAS\"", "≥ 2500"),
                    List.of(first.getTarget(), first.getUnit(), first.getVerification(), first.getPromised()));
            assertNull(read.getIndicators().get(1).getVerification());
            assertNull(read.getIndicators().get(1).getPromised());

            Milestone plain = read.getMilestones().get(0);
            Milestone measured = read.getMilestones().get(1);
            assertEquals(plainMilestone, plain.getId());
            assertEquals(Set.of(), plain.getIndicators());
            assertEquals(List.of(), plain.getMeasurements());
            assertEquals(Set.of(), plain.getEvidenceFileIds());
            assertEquals(measuredMilestone, measured.getId());
            assertEquals(List.of("循环寿命", "能量密度"), List.copyOf(measured.getIndicators()), "in the order of their names");
            assertEquals(List.of("循环寿命=2 610 次 \\ 25 ℃", "能量密度=362 Wh/kg"),
                    measured.getMeasurements().stream().map(x -> x.getIndicator() + "=" + x.getMeasured()).toList());
            assertEquals(List.of(files[0], files[1]), List.copyOf(measured.getEvidenceFileIds()));
        } finally {
            factory.close();
        }
        try (Connection db = ds.getConnection()) {
            for (String column : List.of("indicators", "measurements", "evidence_file_ids")) {
                assertNull(Rows.column(db, "contract_milestone", column, plainMilestone), "no list: NULL");
            }
        }
    }
}
