package org.jiebang.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The dashboard's tables as files: what Excel shows of them, in both languages. */
class StatsTablesTest {

    static StatsService.Dashboard dashboard() {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        byStatus.put("PUBLISHED", 3L);
        byStatus.put("COMPLETED", 1L);
        StatsService.Funnel funnel = new StatsService.Funnel(4, 9, 1, new BigDecimal("450000.00"), 1);
        StatsService.Summary summary = new StatsService.Summary(byStatus, new BigDecimal("1200000.00"), new BigDecimal("450000.00"),
                new BigDecimal("1.0000"), new BigDecimal("21.5"), new BigDecimal("0.5000"), new BigDecimal("0.0000"), funnel);
        List<StatsService.Group> fields = List.of(new StatsService.Group("ENERGY_STORAGE", 3, new BigDecimal("900000.00"), 1, 0, 1,
                new BigDecimal("450000.00")), new StatsService.Group("TEXTILES", 1, new BigDecimal("300000.00"), 0, 0, 0,
                        new BigDecimal("0.00")));
        return new StatsService.Dashboard(Cohort.ALL, summary, List.of(), fields, List.of());
    }

    static final List<StatsService.League> LEAGUE = List.of(new StatsService.League(7, "=HYPERLINK(\"http://x\")", "330100", 5, 2,
            2, 1, 0, new BigDecimal("1.0000"), new BigDecimal("0.7500"), 3));

    @Test
    void csvHasAByteOrderMarkHeadingsInTheLanguageAndNoFormulas() {
        StatsTables.Table fields = StatsTables.table("fields", dashboard(), LEAGUE, Map.of("ENERGY_STORAGE", "新型储能"),
                Locale.SIMPLIFIED_CHINESE);
        byte[] csv = StatsTables.csv(fields);
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(csv[0] & 0xFF, csv[1] & 0xFF, csv[2] & 0xFF));
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals("技术领域,发布数,榜额,已揭榜,流榜,已验收,登记成交额", lines.get(0));
        assertEquals("新型储能,3,900000.00,1,0,1,450000.00", lines.get(1));
        assertEquals("TEXTILES,1,300000.00,0,0,0,0.00", lines.get(2), "a code without a name stays readable");

        String league = new String(StatsTables.csv(StatsTables.table("league", dashboard(), LEAGUE, Map.of(), Locale.ENGLISH)),
                StandardCharsets.UTF_8);
        assertTrue(league.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "a name that looks like a formula stays text: " + league);
        assertTrue(league.contains("Rank,Organization,Province"), league);
    }

    @Test
    void excelKeepsNumbersAsNumbersWithMoneyAndRateFormats() throws Exception {
        byte[] xlsx = StatsTables.xlsx(StatsTables.table("league", dashboard(), LEAGUE, Map.of(), Locale.ENGLISH));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertEquals("League table of research organizations", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Completion rate", sheet.getRow(1).getCell(7).getStringCellValue());
            var row = sheet.getRow(2);
            assertEquals(CellType.NUMERIC, row.getCell(3).getCellType());
            assertEquals(5.0, row.getCell(3).getNumericCellValue());
            assertEquals(0.75, row.getCell(8).getNumericCellValue());
            assertEquals("0.0%", row.getCell(8).getCellStyle().getDataFormatString());
            assertEquals("Zhejiang", row.getCell(2).getStringCellValue());
        }
        byte[] fields = StatsTables.xlsx(StatsTables.table("fields", dashboard(), LEAGUE, Map.of(), Locale.ENGLISH));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(fields))) {
            assertEquals("#,##0.00", book.getSheetAt(0).getRow(2).getCell(2).getCellStyle().getDataFormatString());
            assertEquals(900000.0, book.getSheetAt(0).getRow(2).getCell(2).getNumericCellValue());
        }
    }

    @Test
    void theHeadlineFiguresDownloadWithEachValueReadAsWhatItIs() throws Exception {
        StatsTables.Table summary = StatsTables.table("summary", dashboard(), LEAGUE, Map.of(), Locale.SIMPLIFIED_CHINESE);
        List<String> lines = new String(StatsTables.csv(summary), StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.contains("发布榜额,1200000.00") && lines.contains("揭榜成功率,1.0000") && lines.contains("揭榜方案,9"),
                lines.toString());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(StatsTables.xlsx(summary)))) {
            var sheet = book.getSheetAt(0);
            assertEquals("#,##0.00", sheet.getRow(3).getCell(1).getCellStyle().getDataFormatString(), "the bounty as money");
            assertEquals("0.0%", sheet.getRow(8).getCell(1).getCellStyle().getDataFormatString(), "the award rate as a rate");
            assertEquals(4.0, sheet.getRow(2).getCell(1).getNumericCellValue(), "challenges posted");
        }
    }
}
