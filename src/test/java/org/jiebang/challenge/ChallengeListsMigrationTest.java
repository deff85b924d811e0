package org.jiebang.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.jiebang.platform.persistence.Database;
import org.jiebang.platform.persistence.JsonStrings;
import org.jiebang.testing.Rows;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V016 moves each challenge's keywords, and V019 its indicators, from their tables into the
 * challenge's row, as JSON arrays in order, on H2 and MariaDB: a database that has challenges keeps
 * their keywords and indicators, and the application reads them back.
 */
class ChallengeListsMigrationTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void keywordsAndIndicatorsMoveIntoTheirChallengesInOrder(Kind kind) throws SQLException {
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
            Rows.insert(db, "INSERT INTO challenge_indicator (challenge_id, position, name, target, unit, verification)"
                    + " VALUES (?, ?, ?, ?, ?, ?)",
                    new Object[] { tagged, 1, "能量密度", "≥ 350", null, "国家级检测中心 \"CNAS\" 报告" },
                    new Object[] { tagged, 0, "循环寿命", "≥ 2000", "次", "第三方检测 \\ GB/T 31484" });
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
            assertNull(Rows.column(db, "challenge", "indicators", plain), "no indicators: NULL");
        }
        EntityManagerFactory factory = TestDatabases.factoryOn(ds);
        try {
            Challenge read = TestDatabases.inTransaction(factory, em -> em.find(Challenge.class, tagged));
            assertEquals(List.of(new Indicator("循环寿命", "≥ 2000", "次", "第三方检测 \\ GB/T 31484"),
                    new Indicator("能量密度", "≥ 350", null, "国家级检测中心 \"CNAS\" 报告")), read.getIndicators());
            assertEquals(List.of("battery", "电解质", "say \"solid\" \\ state"), read.getKeywords());
            assertEquals(List.of(), TestDatabases.inTransaction(factory, em -> em.find(Challenge.class, plain)).getIndicators());
        } finally {
            factory.close();
        }
    }
}
