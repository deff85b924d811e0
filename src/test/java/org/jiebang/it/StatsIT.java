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

    static byte[] bytes(String path) throws Exception {
        java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(new Api(RunningApp.shared())
                .request(path).setHeader("Accept", "*/*").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"jiebang-"));
        return r.body();
    }

    /** The rows of the first sheet below the title, as text: what a person sees in Excel. */
    static java.util.List<java.util.List<String>> sheet(byte[] xlsx) throws Exception {
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);
            for (var row : book.getSheetAt(0)) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                java.util.List<String> cells = new java.util.ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                            : formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void everyTableDownloadsAsExcelAndCsvWithTheFiguresOfTheDashboard() throws Exception {
        Api anonymous = new Api(RunningApp.shared());
        org.jiebang.testing.Awards.single(); // an awarded challenge of its own: two organizations bid, one won
        jakarta.json.JsonArray league = anonymous.get("/api/v1/stats/league").array();
        assertTrue(league.size() >= 2, "the bidding organizations ranked: " + league);
        java.util.List<java.util.List<String>> rows = sheet(bytes("/api/v1/stats/export/league?format=xlsx"));
        assertEquals(java.util.List.of("排名", "机构", "省份", "申报数", "中榜数", "签约合同", "已验收", "完成率", "里程碑按期率", "成果数"),
                rows.get(0), "headings in Chinese");
        assertEquals(league.size(), rows.size() - 1, "every organization of the league table");
        for (int i = 0; i < league.size(); i++) {
            JsonObject l = league.getJsonObject(i);
            java.util.List<String> row = rows.get(i + 1);
            assertEquals(String.valueOf(i + 1), row.get(0));
            assertEquals(l.getString("name"), row.get(1));
            assertEquals(java.util.List.of(l.get("bids").toString(), l.get("awards").toString(), l.get("signed").toString(),
                    l.get("completed").toString(), l.get("outcomes").toString()),
                    java.util.List.of(row.get(3), row.get(4), row.get(5), row.get(6), row.get(9)), l.getString("name"));
        }

        JsonObject d = anonymous.get("/api/v1/stats/dashboard").json();
        byte[] csv = bytes("/api/v1/stats/export/fields?format=csv&lang=en");
        assertEquals(0xEF, csv[0] & 0xFF, "a byte order mark, so that Excel reads UTF-8");
        String text = new String(csv, 3, csv.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<String> lines = text.lines().toList();
        assertEquals("Technology domain,Posted,Bounty,Awarded,Failed,Completed,Registered amount", lines.get(0));
        assertEquals(d.getJsonArray("fields").size(), lines.size() - 1);
        long posted = lines.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[1])).sum();
        assertEquals(d.getJsonObject("summary").getJsonObject("funnel").getJsonNumber("posted").longValue(), posted,
                "the fields add up to every challenge posted");

        for (String table : java.util.List.of("summary", "status", "months", "provinces")) {
            assertTrue(sheet(bytes("/api/v1/stats/export/" + table + "?format=xlsx")).size() >= 2, table);
        }
    }

    @Test
    void aBadFilterIsNamedAndAnUnknownTableOrFormatRefused() {
        Api anonymous = new Api(RunningApp.shared());
        for (String[] bad : new String[][] { { "from=2026-13-01", "from" }, { "to=yesterday", "to" },
                { "from=2026-11-20&to=2026-11-01", "to" }, { "region=99", "region" }, { "field=ALCHEMY", "field" },
                { "to=%2B10000-01-01", "to" } }) {
            Api.Answer answer = anonymous.get("/api/v1/stats/dashboard?" + bad[0]);
            assertEquals(400, answer.status(), bad[0]);
            assertEquals(bad[1], answer.json().getString("field"), bad[0]);
        }
        assertEquals(404, anonymous.getAnything("/api/v1/stats/export/salaries?format=csv").status());
        assertEquals(400, anonymous.getAnything("/api/v1/stats/export/league?format=pdf").status());
        JsonObject zhejiang = anonymous.get("/api/v1/stats/dashboard?region=330402&from=2020-01-01").json();
        assertEquals("330000", zhejiang.getJsonObject("cohort").getString("province"), "a city counts its province");
    }
}
