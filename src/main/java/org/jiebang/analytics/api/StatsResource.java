package org.jiebang.analytics.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.analytics.Cohort;
import org.jiebang.analytics.StatsService;
import org.jiebang.analytics.StatsService.Dashboard;
import org.jiebang.analytics.StatsService.League;
import org.jiebang.analytics.StatsService.Summary;
import org.jiebang.analytics.StatsTables;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.i18n.Language;

/** The market's statistics (public; SPEC §9, §10): headline figures, the dashboard, the league table, exports. */
@Path("stats")
@Tag(name = "statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    StatsService stats;

    @GET
    @Path("summary")
    @Operation(summary = "Headline figures: challenges by state, bounty posted, registered transaction amount, award rate,"
            + " median days to award, on-time milestone rate, failed rate and the funnel (public)",
            description = "Counted over every challenge ever published, every bid ever submitted, every contract signed by"
                    + " both parties; amounts only from registered contracts. Rates are fractions (0.2500 = 25 %), null"
                    + " when nothing was decided yet.")
    public Summary summary() {
        return stats.summary();
    }

    @GET
    @Path("dashboard")
    @Operation(summary = "The dashboard of the challenges published from one date to another (YYYY-MM-DD, Beijing), of"
            + " one field and one province (each optional): the summary and the same by month, field and province",
            description = "Bids are counted once their challenge's bidding has closed, unless nothing narrows the cohort.")
    public Dashboard dashboard(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("field") String field,
            @QueryParam("region") String region) {
        return stats.dashboard(cohort(from, to, field, region));
    }

    @GET
    @Path("league")
    @Operation(summary = "The league table of research organizations (一院一表) over the same cohort: bids, awards, contracts"
            + " signed and completed, completion and on-time rates, confirmed outcomes")
    public List<League> league(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("field") String field,
            @QueryParam("region") String region) {
        return stats.league(cohort(from, to, field, region));
    }

    @GET
    @Path("export/{table}")
    @Produces({ "text/csv", XLSX })
    @Operation(summary = "One table of the dashboard as a file: summary, status, months, fields, provinces or league; format csv"
            + " (UTF-8) or xlsx; headings in Chinese, or English with lang=en")
    public Response export(@PathParam("table") String table, @QueryParam("format") @DefaultValue("xlsx") String format,
            @QueryParam("lang") @DefaultValue("zh") String lang, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("field") String field, @QueryParam("region") String region) {
        if (!StatsTables.NAMES.contains(table)) {
            throw new NotFound();
        }
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new InvalidInput("format", "csv or xlsx");
        }
        Cohort cohort = cohort(from, to, field, region);
        Locale locale = "en".equals(lang) ? Language.ENGLISH : Language.CHINESE;
        Dashboard d = stats.dashboard(cohort);
        StatsTables.Table t = StatsTables.table(table, d, table.equals("league") ? stats.league(cohort) : List.of(),
                stats.fieldNames(locale), locale);
        boolean csv = format.equals("csv");
        String name = "jiebang-" + table + "-" + LocalDate.now(org.jiebang.platform.config.Clocks.DISPLAY_ZONE) + "." + format;
        return Response.ok(csv ? StatsTables.csv(t) : StatsTables.xlsx(t), csv ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** A cohort from query parameters, each checked and named when wrong. */
    public static Cohort cohort(String from, String to, String field, String region) {
        return Cohort.of(date("from", from), date("to", to), field, region);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.rule(name, "date", "a date as YYYY-MM-DD");
        }
    }
}
