package org.jiebang.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rows written with plain SQL, for the tests of a migration: the database is at an older version
 * than the entities know, so JPA cannot write them.
 */
public final class Rows {

    /** a time for created_at, updated_at and the like */
    public static final String AT = "'2026-11-01 00:00:00'";

    private Rows() {
    }

    /** Runs {@code sql} (an INSERT) and returns the generated id. */
    public static long insert(Connection db, String sql) throws SQLException {
        try (Statement insert = db.createStatement()) {
            insert.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Runs {@code sql} once for each of {@code rows}, each the statement's parameters in order. */
    public static void insert(Connection db, String sql, Object[]... rows) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.executeUpdate();
            }
        }
    }

    /** A verified organization. */
    public static long organization(Connection db, String name, String uscc) throws SQLException {
        return insert(db, "INSERT INTO organization (version, created_at, updated_at, name, type, uscc, region, address,"
                + " contact_name, contact_phone, email, status) VALUES (0, " + AT + ", " + AT + ", '" + name
                + "', 'ENTERPRISE', '" + uscc + "', '330402', '嘉兴', '王工', '0573-8000000', 'm@example.cn', 'VERIFIED')");
    }

    /** An account of {@code organization}. */
    public static long account(Connection db, String username, long organization) throws SQLException {
        return insert(db, "INSERT INTO app_user (version, created_at, updated_at, username, password_hash, display_name,"
                + " email, organization_id, enabled) VALUES (0, " + AT + ", " + AT + ", '" + username + "', 'x', '王工',"
                + " 'm@example.cn', " + organization + ", TRUE)");
    }

    /** A challenge of {@code organization} with its title and status. */
    public static long challenge(Connection db, long organization, long user, String title, String status)
            throws SQLException {
        return insert(db, "INSERT INTO challenge (version, created_at, updated_at, owner_organization_id, created_by,"
                + " title, max_awards, evaluation, status, amendments) VALUES (0, " + AT + ", " + AT + ", " + organization
                + ", " + user + ", '" + title + "', 1, 'SINGLE', '" + status + "', 0)");
    }

    /** A bid of {@code organization} for {@code challenge} in {@code status}, with no content. */
    public static long bid(Connection db, long challenge, long organization, long user, String status) throws SQLException {
        return insert(db, "INSERT INTO bid (version, created_at, updated_at, challenge_id, lead_organization_id, created_by,"
                + " status) VALUES (0, " + AT + ", " + AT + ", " + challenge + ", " + organization + ", " + user + ", '"
                + status + "')");
    }

    /** A single value of the row {@code id} of {@code table}, as a string. */
    public static String column(Connection db, String table, String column, long id) throws SQLException {
        try (PreparedStatement read = db.prepareStatement("SELECT " + column + " FROM " + table + " WHERE id = ?")) {
            read.setLong(1, id);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
