package org.jiebang.analytics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiebang.platform.i18n.Wording;
import org.jiebang.platform.region.Regions;

/**
 * The dashboard's tables as people read them — by month, by field, by province, the league table,
 * challenges by state — with headings in Chinese or English, and as files: CSV (UTF-8 with a byte
 * order mark, so that Excel reads the Chinese) and Excel (.xlsx, Apache POI, with numbers as
 * numbers, money to two places and rates as percentages).
 */
public final class StatsTables {

    /** The tables that can be exported, by the name in their URL. */
    public static final List<String> NAMES = List.of("summary", "status", "months", "fields", "provinces", "league");

    /** What a cell holds, which decides how a spreadsheet shows it. */
    public enum Kind {
        TEXT, COUNT, MONEY, RATE
    }

    public record Column(String heading, Kind kind) {
    }

    /** A table; {@code rowKinds}, when given, says row by row how its last column's numbers read. */
    public record Table(String name, String title, List<Column> columns, List<List<Object>> rows, List<Kind> rowKinds) {
        public Table(String name, String title, List<Column> columns, List<List<Object>> rows) {
            this(name, title, columns, rows, null);
        }

        Kind kind(int row, int column) {
            return rowKinds != null && column == columns.size() - 1 ? rowKinds.get(row) : columns.get(column).kind();
        }
    }

    private StatsTables() {
    }

    /** One table of the dashboard; field codes named by {@code fieldNames} (code → name in the locale). */
    public static Table table(String name, StatsService.Dashboard d, List<StatsService.League> league, Map<String, String> fieldNames,
            Locale locale) {
        boolean en = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return switch (name) {
            case "summary" -> {
                StatsService.Summary m = d.summary();
                List<List<Object>> rows = new ArrayList<>();
                List<Kind> kinds = new ArrayList<>();
                Object[][] figures = { { "stats.funnel.posted", m.funnel().posted(), Kind.COUNT },
                    { "stats.bounty", m.bountyPosted(), Kind.MONEY }, { "stats.funnel.bids", m.funnel().bids(), Kind.COUNT },
                    { "stats.funnel.signed", m.funnel().signed(), Kind.COUNT },
                    { "stats.registered", m.registeredTransactionAmount(), Kind.MONEY },
                    { "stats.funnel.completed", m.funnel().completed(), Kind.COUNT }, { "stats.awardRate", m.awardRate(), Kind.RATE },
                    { "stats.failedRate", m.failedRate(), Kind.RATE }, { "stats.medianDays", m.medianDaysToAward(), Kind.COUNT },
                    { "stats.onTime", m.onTimeMilestoneRate(), Kind.RATE } };
                for (Object[] f : figures) {
                    rows.add(java.util.Arrays.asList(t(locale, (String) f[0]), f[1]));
                    kinds.add((Kind) f[2]);
                }
                yield new Table(name, t(locale, "stats.headline"), List.of(new Column(t(locale, "stats.col.figure"), Kind.TEXT),
                        new Column(t(locale, "stats.col.value"), Kind.COUNT)), rows, kinds);
            }
            case "status" -> {
                List<List<Object>> rows = new ArrayList<>();
                d.summary().challengesByStatus().forEach((s, n) -> rows.add(List.of(t(locale, "challengeStatus." + s), n)));
                yield new Table(name, t(locale, "stats.table.status"), List.of(new Column(t(locale, "stats.col.status"), Kind.TEXT),
                        new Column(t(locale, "stats.col.posted"), Kind.COUNT)), rows);
            }
            case "months" -> groups(name, t(locale, "stats.table.months"), t(locale, "stats.col.month"), d.months(), k -> k, locale);
            case "fields" -> groups(name, t(locale, "stats.table.fields"), t(locale, "stats.col.field"), d.fields(),
                    k -> fieldNames.getOrDefault(k, k), locale);
            case "provinces" -> groups(name, t(locale, "stats.table.provinces"), t(locale, "stats.col.province"), d.provinces(),
                    k -> Regions.provinceOf(k).map(p -> p.name(en)).orElse(k), locale);
            case "league" -> {
                List<List<Object>> rows = new ArrayList<>();
                int rank = 1;
                for (StatsService.League l : league) {
                    rows.add(java.util.Arrays.asList(rank++, l.name(), Regions.provinceOf(l.region()).map(p -> p.name(en)).orElse(""),
                            l.bids(), l.awards(), l.signed(), l.completed(), l.completionRate(), l.onTimeRate(), l.outcomes()));
                }
                yield new Table(name, t(locale, "stats.table.league"), List.of(new Column(t(locale, "stats.col.rank"), Kind.COUNT),
                        new Column(t(locale, "stats.col.organization"), Kind.TEXT), new Column(t(locale, "stats.col.province"), Kind.TEXT),
                        new Column(t(locale, "stats.col.bids"), Kind.COUNT), new Column(t(locale, "stats.col.awards"), Kind.COUNT),
                        new Column(t(locale, "stats.col.signed"), Kind.COUNT), new Column(t(locale, "stats.col.completed"), Kind.COUNT),
                        new Column(t(locale, "stats.col.completionRate"), Kind.RATE),
                        new Column(t(locale, "stats.col.onTimeRate"), Kind.RATE),
                        new Column(t(locale, "stats.col.outcomes"), Kind.COUNT)), rows);
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Table groups(String name, String title, String keyHeading, List<StatsService.Group> groups,
            Function<String, String> label, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (StatsService.Group g : groups) {
            rows.add(List.of(label.apply(g.key()), g.posted(), g.bounty(), g.awarded(), g.failed(), g.completed(),
                    g.registeredAmount()));
        }
        return new Table(name, title, List.of(new Column(keyHeading, Kind.TEXT), new Column(t(locale, "stats.col.posted"), Kind.COUNT),
                new Column(t(locale, "stats.col.bounty"), Kind.MONEY), new Column(t(locale, "stats.col.awarded"), Kind.COUNT),
                new Column(t(locale, "stats.col.failed"), Kind.COUNT), new Column(t(locale, "stats.col.completed"), Kind.COUNT),
                new Column(t(locale, "stats.col.registered"), Kind.MONEY)), rows);
    }

    /** CSV, UTF-8 with a byte order mark; rates as fractions (0.2500), money to two places. */
    public static byte[] csv(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            csv.printRecord(table.columns().stream().map(Column::heading).toList());
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(v -> v == null ? "" : v instanceof BigDecimal b ? b.toPlainString()
                        : v instanceof Number ? v : inert(v.toString())).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Text a spreadsheet will not take for a formula (an organization may name itself "=HYPERLINK(…)"). */
    static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** An Excel workbook of one sheet: the title, the headings in bold, numbers as numbers. */
    public static byte[] xlsx(Table table) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(table.name());
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle heading = book.createCellStyle();
            heading.setFont(bold);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle rate = book.createCellStyle();
            rate.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(table.title());
            title.getCell(0).setCellStyle(heading);
            Row head = sheet.createRow(1);
            for (int c = 0; c < table.columns().size(); c++) {
                head.createCell(c).setCellValue(table.columns().get(c).heading());
                head.getCell(c).setCellStyle(heading);
            }
            int r = 2;
            for (List<Object> values : table.rows()) {
                int index = r - 2;
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                        Kind kind = table.kind(index, c);
                        if (kind == Kind.MONEY) {
                            cell.setCellStyle(money);
                        } else if (kind == Kind.RATE) {
                            cell.setCellStyle(rate);
                        }
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            for (int c = 0; c < table.columns().size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, table.columns().get(c).heading().length() * 3)) * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String t(Locale locale, String key) {
        return Wording.format(locale, key);
    }
}
