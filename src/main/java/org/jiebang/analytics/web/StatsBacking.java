package org.jiebang.analytics.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.jiebang.analytics.Cohort;
import org.jiebang.analytics.StatsService;
import org.jiebang.analytics.StatsService.Dashboard;
import org.jiebang.analytics.StatsService.Group;
import org.jiebang.analytics.StatsService.League;
import org.jiebang.analytics.api.StatsResource;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.i18n.Language;
import org.jiebang.platform.i18n.Wording;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.region.Regions;

/**
 * The statistics pages (public summary and the staff dashboard): a cohort chosen by a GET form
 * (dates, field, province), its figures, charts (Chart.js through PrimeFaces) and tables with
 * their exports. Stateless: no session, no view state; a bad filter is named beside its field and
 * the figures shown are those of everything.
 */
@Named
@RequestScoped
public class StatsBacking {

    static final int LEAGUE_ROWS = 20;

    @Inject
    StatsService stats;

    @Inject
    Language language;

    private String from;
    private String to;
    private String field;
    private String region;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private Dashboard dashboard;
    private List<League> league;
    private long leagueSize;
    private Map<String, String> fieldNames;

    @OneReading

    public void load() {
        StatsService.Board board;
        try {
            Cohort cohort = StatsResource.cohort(from, to, field, region);
            board = stats.board(cohort);
        } catch (InvalidInput e) {
            for (InvalidInput.FieldError error : e.errors()) {
                errors.put(error.field(), error.key() == null ? error.message(language.getLocale())
                        : language.bundle().getString("rule." + error.key()));
            }
            board = stats.board(Cohort.ALL);
        }
        dashboard = board.dashboard();
        List<League> all = board.league();
        leagueSize = all.size();
        league = all.stream().limit(LEAGUE_ROWS).toList();
        fieldNames = stats.fieldNames(language.getLocale());
    }

    /** The query string of the chosen cohort, for the export links ({@code from=…&to=…}). */
    public String getQuery() {
        StringBuilder q = new StringBuilder("lang=").append(language.isEnglish() ? "en" : "zh");
        if (errors.isEmpty()) {
            append(q, "from", from);
            append(q, "to", to);
            append(q, "field", field);
            append(q, "region", region);
        }
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append('&').append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    public String fieldName(String code) {
        return fieldNames.getOrDefault(code, code);
    }

    public String provinceName(String code) {
        return Regions.provinceOf(code).map(p -> p.name(language.isEnglish())).orElse(code == null ? "" : code);
    }

    public Map<String, String> getFieldNames() {
        return fieldNames;
    }

    public List<Regions.Province> getProvinces() {
        return Regions.provinces();
    }

    /** The funnel as a horizontal bar chart: posted, bids, signed, completed. */
    public String getFunnelChart() {
        StatsService.Funnel f = dashboard.summary().funnel();
        return chart("bar", List.of(t("stats.funnel.posted"), t("stats.funnel.bids"), t("stats.funnel.signed"),
                t("stats.funnel.completed")), List.of(dataset("bar", t("stats.chart.count"),
                        List.of(f.posted(), f.bids(), f.signed(), f.completed()), "#b71c1c")), true);
    }

    /** Challenges posted and awarded by month of publication. */
    public String getMonthChart() {
        List<Group> months = dashboard.months();
        return chart("bar", months.stream().map(Group::key).toList(), List.of(
                dataset("bar", t("stats.col.posted"), months.stream().map(Group::posted).toList(), "#b71c1c"),
                dataset("line", t("stats.col.awarded"), months.stream().map(Group::awarded).toList(), "#1f4e79")), false);
    }

    /** Challenges posted by field, the ten largest. */
    public String getFieldChart() {
        List<Group> top = dashboard.fields().stream().limit(10).toList();
        return chart("bar", top.stream().map(g -> fieldName(g.key())).toList(),
                List.of(dataset("bar", t("stats.col.posted"), top.stream().map(Group::posted).toList(), "#c98a00")), true);
    }

    private static JsonObjectBuilder dataset(String type, String label, List<? extends Number> data, String colour) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        data.forEach(n -> values.add(n instanceof BigDecimal b ? b : BigDecimal.valueOf(n.longValue())));
        return Json.createObjectBuilder().add("type", type).add("label", label).add("data", values)
                .add("backgroundColor", colour).add("borderColor", colour);
    }

    private static String chart(String type, List<String> labels, List<JsonObjectBuilder> datasets, boolean horizontal) {
        JsonArrayBuilder sets = Json.createArrayBuilder();
        datasets.forEach(sets::add);
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels)).add("datasets", sets))
                .add("options", options).build().toString();
    }

    private String t(String key) {
        return Wording.format(language.getLocale(), key);
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public List<League> getLeague() {
        return league;
    }

    public long getLeagueSize() {
        return leagueSize;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
