package org.jiebang.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
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
        DataSource ds = TestDatabases.emptyDatabase(kind, "jiebang_test_keywords");
        Flyway.configure(Database.class.getClassLoader()).dataSource(ds).locations("classpath:db/migration")
                .placeholders(Database.placeholdersFor(ds)).target("15").load().migrate();
        long tagged;
        long plain;
        long full;
        List<String> longest = new ArrayList<>();
        try (Connection db = ds.getConnection()) {
            long org = insert(db, "INSERT INTO organization (version, created_at, updated_at, name, type, uscc, region,"
                    + " address, contact_name, contact_phone, email, status) VALUES (0, '2026-11-01 00:00:00',"
                    + " '2026-11-01 00:00:00', '迁移测试公司', 'ENTERPRISE', '91330400MA2B00001X', '330402', '嘉兴',"
                    + " '王工', '0573-8000000', 'm@example.cn', 'VERIFIED')");
            long user = insert(db, "INSERT INTO app_user (version, created_at, updated_at, username, password_hash,"
                    + " display_name, email, organization_id, enabled) VALUES (0, '2026-11-01 00:00:00',"
                    + " '2026-11-01 00:00:00', 'migrator', 'x', '王工', 'm@example.cn', " + org + ", TRUE)");
            String challenge = "INSERT INTO challenge (version, created_at, updated_at, owner_organization_id, created_by,"
                    + " title, max_awards, evaluation, status, amendments) VALUES (0, '2026-11-01 00:00:00',"
                    + " '2026-11-01 00:00:00', " + org + ", " + user + ", ?, 1, 'SINGLE', 'DRAFT', 0)";
            tagged = insert(db, challenge.replace("?", "'固态电池'"));
            plain = insert(db, challenge.replace("?", "'no keywords'"));
            full = insert(db, challenge.replace("?", "'十个长关键词'"));
            try (PreparedStatement keyword = db.prepareStatement(
                    "INSERT INTO challenge_keyword (challenge_id, position, keyword) VALUES (?, ?, ?)")) {
                String[] words = {"电解质", "say \"solid\" \\ state", "battery"};
                int[] positions = {1, 2, 0};
                for (int i = 0; i < words.length; i++) {
                    keyword.setLong(1, tagged);
                    keyword.setInt(2, positions[i]);
                    keyword.setString(3, words[i]);
                    keyword.executeUpdate();
                }
                // as many and as long as a form allows: ten of fifty CJK characters, over 1,500 bytes together
                for (int i = 0; i < 10; i++) {
                    String word = String.valueOf((char) ('甲' + i)).repeat(50);
                    longest.add(word);
                    keyword.setLong(1, full);
                    keyword.setInt(2, i);
                    keyword.setString(3, word);
                    keyword.executeUpdate();
                }
            }
        }
        Database.migrate(ds);
        try (Connection db = ds.getConnection();
                PreparedStatement read = db.prepareStatement("SELECT keywords FROM challenge WHERE id = ?")) {
            JsonStrings json = new JsonStrings();
            assertEquals(List.of("battery", "电解质", "say \"solid\" \\ state"),
                    json.convertToEntityAttribute(column(read, tagged)));
            assertNull(column(read, plain));
            assertEquals(longest, json.convertToEntityAttribute(column(read, full)), "nothing cut off");
            assertEquals(new ArrayList<>(), json.convertToEntityAttribute(null));
            assertNull(json.convertToDatabaseColumn(List.of()), "no keywords: NULL, as the migration leaves them");
        }
    }

    private static long insert(Connection db, String sql) throws SQLException {
        try (Statement insert = db.createStatement()) {
            insert.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String column(PreparedStatement read, long id) throws SQLException {
        read.setLong(1, id);
        try (ResultSet row = read.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }
}
