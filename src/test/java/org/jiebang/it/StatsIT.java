package org.jiebang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jiebang.testing.Api;
import org.jiebang.testing.MariaDb;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/stats/summary} (SPEC §10) equals counts taken directly in SQL on the app's
 * MariaDB database: published challenges by state, bounty, bids ever submitted, contracts signed,
 * the registered amount, completed challenges. Background jobs may close a challenge meanwhile, so
 * the direct counts are taken before and after the answer and must agree with it when they agree
 * with each other.
 */
class StatsIT {

    static Map<String, String> direct() throws SQLException {
        Map<String, String> counts = new LinkedHashMap<>();
        try (Connection c = MariaDb.connectTo("jiebang_it").connect(); Statement s = c.createStatement()) {
            counts.put("posted", one(s, "SELECT COUNT(*) FROM challenge WHERE published_at IS NOT NULL"));
            counts.put("bountyPosted", one(s, "SELECT COALESCE(SUM(budget), 0) FROM challenge WHERE published_at IS NOT NULL"));
            counts.put("bids", one(s, "SELECT COUNT(*) FROM bid WHERE submitted_at IS NOT NULL"));
            counts.put("signed", one(s, "SELECT COUNT(*) FROM contract WHERE signed_at IS NOT NULL"));
            counts.put("registeredAmount", one(s, "SELECT COALESCE(SUM(transaction_amount), 0) FROM contract"
                    + " WHERE registration_number IS NOT NULL"));
            counts.put("completed", one(s, "SELECT COUNT(*) FROM challenge WHERE status = 'COMPLETED'"));
            try (ResultSet r = s.executeQuery("SELECT status, COUNT(*) FROM challenge WHERE published_at IS NOT NULL"
                    + " GROUP BY status ORDER BY status")) {
                while (r.next()) {
                    counts.put("status." + r.getString(1), r.getString(2));
                }
            }
        }
        return counts;
    }

    static String one(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            String value = r.getString(1);
            return value.contains(".") ? new BigDecimal(value).setScale(2).toPlainString() : value;
        }
    }

    static Map<String, String> answered(JsonObject summary) {
        Map<String, String> figures = new LinkedHashMap<>();
        JsonObject funnel = summary.getJsonObject("funnel");
        figures.put("posted", funnel.getJsonNumber("posted").toString());
        figures.put("bountyPosted", summary.getJsonNumber("bountyPosted").bigDecimalValue().setScale(2).toPlainString());
        figures.put("bids", funnel.getJsonNumber("bids").toString());
        figures.put("signed", funnel.getJsonNumber("signed").toString());
        figures.put("registeredAmount", funnel.getJsonNumber("registeredAmount").bigDecimalValue().setScale(2).toPlainString());
        figures.put("completed", funnel.getJsonNumber("completed").toString());
        summary.getJsonObject("challengesByStatus").entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> !e.getValue().toString().equals("0"))
                .forEach(e -> figures.put("status." + e.getKey(), e.getValue().toString()));
        return figures;
    }

    @Test
    void theSummaryEqualsADirectCount() throws Exception {
        Api anonymous = new Api(RunningApp.shared());
        Map<String, String> before;
        Map<String, String> after;
        JsonObject summary;
        int attempts = 0;
        do {
            before = direct();
            summary = anonymous.get("/api/v1/stats/summary").json();
            after = direct();
        } while (!before.equals(after) && ++attempts < 5);
        assertEquals(before, after, "a stable count within five attempts");
        assertEquals(before, answered(summary));
        assertTrue(summary.containsKey("funnel") && summary.containsKey("challengesByStatus"));
    }
}
