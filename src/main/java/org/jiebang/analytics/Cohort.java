package org.jiebang.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiebang.platform.config.Clocks;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.persistence.UtcInstantConverter;
import org.jiebang.platform.region.Regions;

/**
 * The challenges a figure is about: those published (Beijing dates {@code from} to {@code to},
 * both included), of one technology field and one province, each optional. Every figure of the
 * dashboard follows its challenges: their bids, contracts, milestones and outcomes.
 */
public record Cohort(LocalDate from, LocalDate to, String field, String province) {

    /** Everything ever published. */
    public static final Cohort ALL = new Cohort(null, null, null, null);

    private static final UtcInstantConverter UTC = new UtcInstantConverter();

    /** A cohort from what a person typed: a province from any region code of it; checked. */
    public static Cohort of(LocalDate from, LocalDate to, String field, String region) {
        for (var date : java.util.Map.of("from", java.util.Optional.ofNullable(from), "to", java.util.Optional.ofNullable(to))
                .entrySet()) {
            if (date.getValue().filter(d -> d.getYear() < 1970 || d.getYear() > 9999).isPresent()) {
                throw InvalidInput.rule(date.getKey(), "date", "a date from 1970 to 9999");
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInput.rule("to", "toAfterFrom", "on or after from");
        }
        String province = null;
        if (region != null && !region.isBlank()) {
            province = Regions.provinceOf(region.strip()).map(Regions.Province::code)
                    .orElseThrow(() -> InvalidInput.rule("region", "regionCode", "a region code such as 330000"));
        }
        return new Cohort(from, to, field == null || field.isBlank() ? null : field.strip(), province);
    }

    public boolean isAll() {
        return from == null && to == null && field == null && province == null;
    }

    /** The SQL condition on challenge {@code c} and its parameters, in order. */
    Sql where() {
        StringBuilder sql = new StringBuilder("c.published_at IS NOT NULL");
        List<Object> params = new ArrayList<>();
        if (from != null) {
            sql.append(" AND c.published_at >= ?");
            params.add(UTC.convertToDatabaseColumn(from.atStartOfDay(Clocks.DISPLAY_ZONE).toInstant()));
        }
        if (to != null) {
            sql.append(" AND c.published_at < ?");
            params.add(UTC.convertToDatabaseColumn(to.plusDays(1).atStartOfDay(Clocks.DISPLAY_ZONE).toInstant()));
        }
        if (field != null) {
            sql.append(" AND c.field_code = ?");
            params.add(field);
        }
        if (province != null) {
            sql.append(" AND c.region LIKE ?");
            params.add(province.substring(0, 2) + "%");
        }
        return new Sql(sql.toString(), params);
    }

    /** A condition with its positional parameters. */
    record Sql(String text, List<Object> params) {
    }
}
