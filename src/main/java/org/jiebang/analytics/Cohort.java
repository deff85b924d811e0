package org.jiebang.analytics;

import java.time.LocalDate;

import org.jiebang.platform.config.Clocks;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.region.Regions;

/**
 * The challenges a figure is about: those published (Beijing dates {@code from} to {@code to},
 * both included), of one technology field and one province, each optional. Every figure of the
 * dashboard follows its challenges: their bids, contracts, milestones and outcomes.
 */
public record Cohort(LocalDate from, LocalDate to, String field, String province) {

    /** Everything ever published. */
    public static final Cohort ALL = new Cohort(null, null, null, null);

    /** A cohort from what a person typed: a province from any region code of it; checked. */
    public static Cohort of(LocalDate from, LocalDate to, String field, String region) {
        requireInRange("from", from);
        requireInRange("to", to);
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

    private static void requireInRange(String name, LocalDate date) {
        if (date != null && (date.getYear() < 1970 || date.getYear() > 9999)) {
            throw InvalidInput.rule(name, "date", "a date from 1970 to 9999");
        }
    }

    public boolean isAll() {
        return from == null && to == null && field == null && province == null;
    }

    /** The published challenges of the cohort among {@code all}. */
    java.util.Collection<MarketFacts.Challenge> select(java.util.Collection<MarketFacts.Challenge> all) {
        if (isAll()) {
            return all; // the facts hold published challenges only
        }
        java.time.Instant start = from == null ? null : from.atStartOfDay(Clocks.DISPLAY_ZONE).toInstant();
        java.time.Instant end = to == null ? null : to.plusDays(1).atStartOfDay(Clocks.DISPLAY_ZONE).toInstant();
        String prefix = province == null ? null : province.substring(0, 2);
        return all.stream().filter(c -> c.publishedAt() != null)
                .filter(c -> start == null || !c.publishedAt().isBefore(start))
                .filter(c -> end == null || c.publishedAt().isBefore(end))
                .filter(c -> field == null || field.equals(c.field()))
                .filter(c -> prefix == null || c.region().startsWith(prefix))
                .toList();
    }
}
