package org.jiebang.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jiebang.testing.Rows;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V016 moves each challenge's keywords from their table into the challenge's row, as a JSON array
 * in the keywords' order, on H2 and MariaDB: a database that has challenges keeps their keywords.
 */
class KeywordsMigrationTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void keywordsMoveIntoTheirChallengesInOrder(Kind kind) throws SQLException {
        DataSource ds = TestDatabases.migratedTo(kind, "jiebang_test_keywords", "15");
        long tagged;
        long plain;
        long full;
        List<String> longest = new ArrayList<>();
        try (Connection db = ds.getConnection()) {
            long org = Rows.organization(db, "迁移测试公司", "91330400MA2B00001X");
            long user = Rows.account(db, "migrator", org);
            tagged = Rows.challenge(db, org, user, "固态电池", "DRAFT");
            plain = Rows.challenge(db, org, user, "no keywords", "DRAFT");
            full = Rows.challenge(db, org, user, "十个长关键词", "DRAFT");
            String keyword = "INSERT INTO challenge_keyword (challenge_id, position, keyword) VALUES (?, ?, ?)";
            Rows.insert(db, keyword, new Object[] { tagged, 1, "电解质" }, new Object[] { tagged, 2, "say \"solid\" \\ state" },
                    new Object[] { tagged, 0, "battery" });
            // as many and as long as a form allows: ten of fifty CJK characters, over 1,500 bytes together
            for (int i = 0; i < 10; i++) {
                String word = String.valueOf((char) ('甲' + i)).repeat(50);
                longest.add(word);
                Rows.insert(db, keyword, new Object[] { full, i, word });
            }
        }
        Database.migrate(ds);
        try (Connection db = ds.getConnection()) {
            JsonStrings json = new JsonStrings();
            assertEquals(List.of("battery", "电解质", "say \"solid\" \\ state"),
                    json.convertToEntityAttribute(Rows.column(db, "challenge", "keywords", tagged)));
            assertNull(Rows.column(db, "challenge", "keywords", plain));
            assertEquals(longest, json.convertToEntityAttribute(Rows.column(db, "challenge", "keywords", full)),
                    "nothing cut off");
            assertEquals(new ArrayList<>(), json.convertToEntityAttribute(null));
            assertNull(json.convertToDatabaseColumn(List.of()), "no keywords: NULL, as the migration leaves them");
        }
    }
}
