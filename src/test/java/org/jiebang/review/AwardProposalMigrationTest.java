package org.jiebang.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.jiebang.platform.persistence.Database;
import org.jiebang.testing.Rows;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V020 moves the bids an award proposal names into the proposal's row, on H2 and MariaDB: a
 * database with proposals keeps every named bid (in ascending order, the only order the table had).
 */
class AwardProposalMigrationTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyProposalKeepsItsBids(Kind kind) throws SQLException {
        DataSource ds = TestDatabases.migratedTo(kind, "jiebang_test_proposal_bids", "19");
        long proposal;
        long first;
        long second;
        try (Connection db = ds.getConnection()) {
            long firm = Rows.organization(db, "恒泰能源", "91330400MA2B00001X");
            long lab = Rows.organization(db, "长三角先进材料研究院", "91330400MA2B00002X");
            long university = Rows.organization(db, "嘉兴学院", "91330400MA2B00003X");
            long user = Rows.account(db, "migrator", lab);
            long challenge = Rows.challenge(db, firm, user, "固态电池", "AWARD_PROPOSED");
            first = Rows.bid(db, challenge, lab, user, "OPENED");
            second = Rows.bid(db, challenge, university, user, "OPENED");
            proposal = Rows.insert(db, "INSERT INTO award_proposal (challenge_id, proposed_at, proposed_by, justification,"
                    + " follows_ranking, notice_ends_at, status) VALUES (" + challenge + ", " + Rows.AT + ", 'staff.li',"
                    + " NULL, TRUE, " + Rows.AT + ", 'NOTICE')");
            Rows.insert(db, "INSERT INTO award_proposal_bid (proposal_id, bid_id) VALUES (?, ?)",
                    new Object[] { proposal, second }, new Object[] { proposal, first });
        }
        Database.migrate(ds);
        EntityManagerFactory factory = TestDatabases.factoryOn(ds);
        try {
            AwardProposal read = TestDatabases.inTransaction(factory, em -> em.find(AwardProposal.class, proposal));
            assertEquals(List.of(first, second), read.bidIdsInOrder());
        } finally {
            factory.close();
        }
    }
}
