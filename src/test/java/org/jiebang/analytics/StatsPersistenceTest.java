package org.jiebang.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.jiebang.testing.MarketData;
import org.jiebang.testing.MarketData.Challenge;
import org.jiebang.testing.MarketData.Market;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The dashboard's figures on a generated market (every state, a year of months, ten fields and
 * regions, bids, contracts, milestones on time and late, outcomes), on H2 and MariaDB, equal the
 * same figures counted here from what the generator wrote: the summary over everything and over
 * narrower cohorts, the breakdowns by month, field and province, and the league table.
 */
class StatsPersistenceTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-11-25T04:00:00.123456Z");
    static final Set<String> AWARDED = Set.of("AWARDED", "IN_EXECUTION", "COMPLETED", "TERMINATED");
    static final Map<Kind, EntityManagerFactory> FACTORIES = new ConcurrentHashMap<>();
    static final Map<Kind, Market> MARKETS = new ConcurrentHashMap<>();

    @AfterAll
    static void close() {
        FACTORIES.values().forEach(EntityManagerFactory::close);
    }

    static <T> T tx(Kind kind, java.util.function.Function<StatsService, T> work) {
        EntityManagerFactory f = FACTORIES.computeIfAbsent(kind, k -> TestDatabases.migrated(k, "jiebang_test_stats"));
        Market market = MARKETS.computeIfAbsent(kind, k -> TestDatabases.inTransaction(f, em -> {
            try {
                return MarketData.write(em.unwrap(Connection.class), 600, 8, 25, 7L, NOW);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertFalse(market.challenges().isEmpty());
        return TestDatabases.inTransaction(f, em -> work.apply(service(em)));
    }

    static StatsService service(EntityManager em) {
        return service(em, new MarketFacts());
    }

    static StatsService service(EntityManager em, MarketFacts facts) {
        StatsService s = new StatsService();
        s.em = em;
        s.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        facts.em = em;
        s.facts = facts;
        return s;
    }

    /** The figures of a cohort, counted from the generated market. */
    static StatsService.Summary expected(Market m, Predicate<Challenge> in, boolean all) {
        List<Challenge> cs = m.challenges().stream().filter(c -> c.publishedAt() != null).filter(in).toList();
        Map<String, Long> byStatus = new TreeMap<>();
        BigDecimal bounty = BigDecimal.ZERO.setScale(2);
        long bids = 0;
        long signed = 0;
        BigDecimal registered = BigDecimal.ZERO.setScale(2);
        List<Long> days = new ArrayList<>();
        long onTime = 0;
        long due = 0;
        LocalDate today = LocalDate.ofInstant(NOW, BEIJING);
        for (Challenge c : cs) {
            byStatus.merge(c.status(), 1L, Long::sum);
            bounty = bounty.add(c.budget());
            bids += c.bids().stream().filter(b -> b.submittedAt() != null && (all || c.closedAt() != null)).count();
            if (c.finalizedAt() != null) {
                days.add(Duration.between(c.publishedAt(), c.finalizedAt()).toSeconds());
            }
            for (MarketData.Contract k : c.contracts()) {
                if (k.signedAt() != null) {
                    signed++;
                }
                if (k.registered()) {
                    registered = registered.add(k.transactionAmount());
                }
                for (MarketData.Milestone ms : k.milestones()) {
                    if (ms.acceptedAt() != null) {
                        due++;
                        if (!LocalDate.ofInstant(ms.acceptedAt(), BEIJING).isAfter(ms.due())) {
                            onTime++;
                        }
                    } else if (ms.due().isBefore(today) && k.status().equals("SIGNED")) {
                        due++;
                    }
                }
            }
        }
        long awarded = cs.stream().filter(c -> AWARDED.contains(c.status())).count();
        long failed = byStatus.getOrDefault("FAILED", 0L);
        days.sort(Long::compare);
        BigDecimal median = days.isEmpty() ? null : (days.size() % 2 == 1 ? BigDecimal.valueOf(days.get(days.size() / 2))
                : BigDecimal.valueOf(days.get(days.size() / 2 - 1) + days.get(days.size() / 2)).divide(BigDecimal.valueOf(2)))
                .divide(BigDecimal.valueOf(86400), 1, RoundingMode.HALF_UP);
        return new StatsService.Summary(byStatus, bounty, registered, StatsService.rate(awarded, awarded + failed), median,
                StatsService.rate(onTime, due), StatsService.rate(failed, awarded + failed),
                new StatsService.Funnel(cs.size(), bids, signed, registered, byStatus.getOrDefault("COMPLETED", 0L)));
    }

    static void assertSame(StatsService.Summary want, StatsService.Summary got) {
        Map<String, Long> nonZero = new TreeMap<>();
        got.challengesByStatus().forEach((k, v) -> {
            if (v != 0) {
                nonZero.put(k, v);
            }
        });
        assertEquals(want.challengesByStatus(), nonZero, "challenges by state");
        assertEquals(new StatsService.Summary(nonZero, want.bountyPosted(), want.registeredTransactionAmount(), want.awardRate(),
                want.medianDaysToAward(), want.onTimeMilestoneRate(), want.failedRate(), want.funnel()),
                new StatsService.Summary(nonZero, got.bountyPosted(), got.registeredTransactionAmount(), got.awardRate(),
                        got.medianDaysToAward(), got.onTimeMilestoneRate(), got.failedRate(), got.funnel()));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theSummaryOverEverythingEqualsTheDirectCount(Kind kind) {
        StatsService.Summary got = tx(kind, StatsService::summary);
        Market m = MARKETS.get(kind);
        assertSame(expected(m, c -> true, true), got);
        assertTrue(got.funnel().bids() > got.funnel().posted() && got.funnel().signed() > 0 && got.funnel().completed() > 0,
                "the generated market reaches every stage: " + got.funnel());
        assertTrue(got.onTimeMilestoneRate().compareTo(BigDecimal.ZERO) > 0 && got.onTimeMilestoneRate().compareTo(BigDecimal.ONE) < 0,
                "some milestones late, some on time");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theHomePagesHeadlineInOneStatementAgreesWithTheSummary(Kind kind) {
        StatsService.Headline headline = tx(kind, StatsService::headline);
        StatsService.Summary summary = expected(MARKETS.get(kind), c -> true, true);
        assertEquals(summary.challengesByStatus().getOrDefault("PUBLISHED", 0L).longValue(), headline.open());
        assertEquals(summary.bountyPosted(), headline.bountyPosted());
        assertEquals(summary.funnel().signed(), headline.signed());
        assertEquals(summary.funnel().completed(), headline.completed());
        assertTrue(headline.open() > 0 && headline.signed() > 0 && headline.completed() > 0, headline.toString());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCohortByDatesFieldAndProvinceCountsItsOwnChallengesAndOnlyClosedBids(Kind kind) {
        LocalDate from = LocalDate.ofInstant(NOW, BEIJING).minusDays(200);
        LocalDate to = LocalDate.ofInstant(NOW, BEIJING).minusDays(20);
        Predicate<Challenge> inRange = c -> !LocalDate.ofInstant(c.publishedAt(), BEIJING).isBefore(from)
                && !LocalDate.ofInstant(c.publishedAt(), BEIJING).isAfter(to);
        StatsService.Dashboard dates = tx(kind, s -> s.dashboard(Cohort.of(from, to, null, null)));
        Market m = MARKETS.get(kind);
        assertSame(expected(m, inRange, false), dates.summary());

        StatsService.Dashboard narrow = tx(kind, s -> s.dashboard(Cohort.of(null, null, "ENERGY_STORAGE", "330402")));
        assertSame(expected(m, c -> c.field().equals("ENERGY_STORAGE") && c.region().startsWith("33"), false), narrow.summary());
        assertEquals("330000", narrow.cohort().province());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theBreakdownsByMonthFieldAndProvinceAddUpAndEqualTheDirectCount(Kind kind) {
        StatsService.Dashboard d = tx(kind, s -> s.dashboard(Cohort.ALL));
        Market m = MARKETS.get(kind);
        List<Challenge> published = m.challenges().stream().filter(c -> c.publishedAt() != null).toList();
        Map<String, long[]> months = new TreeMap<>();
        Map<String, long[]> fields = new HashMap<>();
        Map<String, long[]> provinces = new HashMap<>();
        for (Challenge c : published) {
            String month = LocalDate.ofInstant(c.publishedAt(), BEIJING).toString().substring(0, 7);
            long registered = c.contracts().stream().filter(MarketData.Contract::registered)
                    .map(k -> k.transactionAmount().movePointRight(2).longValueExact()).reduce(0L, Long::sum);
            for (long[] x : List.of(months.computeIfAbsent(month, k -> new long[6]),
                    fields.computeIfAbsent(c.field(), k -> new long[6]),
                    provinces.computeIfAbsent(c.region().substring(0, 2) + "0000", k -> new long[6]))) {
                x[0]++;
                x[1] += c.budget().movePointRight(2).longValueExact();
                x[2] += AWARDED.contains(c.status()) ? 1 : 0;
                x[3] += c.status().equals("FAILED") ? 1 : 0;
                x[4] += c.status().equals("COMPLETED") ? 1 : 0;
                x[5] += registered;
            }
        }
        assertEquals(table(months), table(d.months()));
        assertEquals(List.copyOf(months.keySet()), d.months().stream().map(StatsService.Group::key).toList(), "months in order");
        assertEquals(new TreeMap<>(table(fields)), new TreeMap<>(table(d.fields())));
        assertEquals(new TreeMap<>(table(provinces)), new TreeMap<>(table(d.provinces())));
        assertTrue(d.months().size() >= 12, "a year of months");
        assertEquals(published.size(), d.fields().stream().mapToLong(StatsService.Group::posted).sum());
    }

    static Map<String, List<Long>> table(Map<String, long[]> rows) {
        Map<String, List<Long>> out = new TreeMap<>();
        rows.forEach((k, x) -> out.put(k, java.util.Arrays.stream(x).boxed().toList()));
        return out;
    }

    static Map<String, List<Long>> table(List<StatsService.Group> groups) {
        Map<String, List<Long>> out = new TreeMap<>();
        groups.forEach(g -> out.put(g.key(), List.of(g.posted(), g.bounty().movePointRight(2).longValueExact(), g.awarded(),
                g.failed(), g.completed(), g.registeredAmount().movePointRight(2).longValueExact())));
        return out;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theLeagueTableCountsEachOrganizationsBidsAwardsContractsMilestonesAndOutcomes(Kind kind) {
        List<StatsService.League> league = tx(kind, s -> s.league(Cohort.ALL));
        Market m = MARKETS.get(kind);
        Map<Long, long[]> want = new HashMap<>();
        LocalDate today = LocalDate.ofInstant(NOW, BEIJING);
        for (Challenge c : m.challenges()) {
            if (c.publishedAt() == null) {
                continue;
            }
            for (MarketData.Bid b : c.bids()) {
                if (b.submittedAt() != null && c.closedAt() != null) {
                    long[] x = want.computeIfAbsent(b.lead(), k -> new long[8]);
                    x[0]++;
                    x[1] += b.status().equals("AWARDED") ? 1 : 0;
                }
            }
            for (MarketData.Contract k : c.contracts()) {
                long[] x = want.computeIfAbsent(k.contractor(), o -> new long[8]);
                x[2] += k.signedAt() != null ? 1 : 0;
                x[3] += k.status().equals("CLOSED") ? 1 : 0;
                x[4] += k.status().equals("TERMINATED") && k.signedAt() != null ? 1 : 0;
                if (k.signedAt() != null) {
                    for (MarketData.Milestone ms : k.milestones()) {
                        if (ms.acceptedAt() != null) {
                            x[6]++;
                            x[5] += LocalDate.ofInstant(ms.acceptedAt(), BEIJING).isAfter(ms.due()) ? 0 : 1;
                        } else if (ms.due().isBefore(today) && k.status().equals("SIGNED")) {
                            x[6]++;
                        }
                    }
                }
                x[7] += k.confirmedOutcomes();
            }
        }
        Map<Long, List<Object>> expected = new TreeMap<>();
        want.forEach((id, x) -> expected.put(id, List.of(x[0], x[1], x[2], x[3], x[4], String.valueOf(StatsService.rate(x[3],
                x[3] + x[4])), String.valueOf(StatsService.rate(x[5], x[6])), x[7])));
        Map<Long, List<Object>> actual = new TreeMap<>();
        league.forEach(l -> actual.put(l.organizationId(), List.of(l.bids(), l.awards(), l.signed(), l.completed(), l.terminated(),
                String.valueOf(l.completionRate()), String.valueOf(l.onTimeRate()), l.outcomes())));
        assertEquals(expected, actual);
        for (int i = 1; i < league.size(); i++) {
            assertTrue(league.get(i - 1).awards() >= league.get(i).awards(), "most awards first");
        }
        assertTrue(league.stream().allMatch(l -> l.name().startsWith("先进技术研究院")), "named");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theFactsKeptInMemoryFollowEveryChangeWrittenAfterTheyWereLoaded(Kind kind) {
        EntityManagerFactory f = TestDatabases.migrated(kind, "jiebang_test_stats_refresh");
        try {
            MarketFacts kept = new MarketFacts();
            Market first = TestDatabases.inTransaction(f, em -> write(em, 150, 11L));
            StatsService.Summary before = TestDatabases.inTransaction(f, em -> service(em, kept).summary());
            assertSame(expected(first, c -> true, true), before);

            Market second = TestDatabases.inTransaction(f, em -> write(em, 120, 12L));
            // and a change to a row loaded before: a challenge of the first batch completed
            Challenge changed = first.challenges().stream().filter(c -> c.status().equals("IN_EXECUTION")).findFirst().orElseThrow();
            TestDatabases.inTransaction(f, em -> em.createNativeQuery("UPDATE challenge SET status = 'COMPLETED', updated_at = ?"
                    + " WHERE id = ?").setParameter(1, "2026-11-25 05:00:00.000001").setParameter(2, changed.id()).executeUpdate());
            List<Challenge> all = new ArrayList<>(first.challenges().stream()
                    .map(c -> c.id() == changed.id() ? new Challenge(c.id(), "COMPLETED", c.publishedAt(), c.closedAt(), c.field(),
                            c.region(), c.budget(), c.bids(), c.finalizedAt(), c.contracts()) : c).toList());
            all.addAll(second.challenges());
            Market both = new Market(List.of(), List.of(), all);
            StatsService.Summary after;
            org.jiebang.platform.persistence.SqlCount.open();
            try {
                after = TestDatabases.inTransaction(f, em -> service(em, kept).summary());
                assertEquals(3, org.jiebang.platform.persistence.SqlCount.statements().size(),
                        "the newest rows, the challenges they touch, and those challenges' facts: "
                                + org.jiebang.platform.persistence.SqlCount.statements());
            } finally {
                org.jiebang.platform.persistence.SqlCount.close();
            }
            assertSame(expected(both, c -> true, true), after);
            assertEquals(before.funnel().completed() + 1 + second.challenges().stream().filter(c -> c.status().equals("COMPLETED"))
                    .count(), after.funnel().completed());
        } finally {
            f.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLateCommitIsFoundByTheTimersRescanNotByAReadingAndARescanOfNothingNewChangesNothing(Kind kind) {
        EntityManagerFactory f = TestDatabases.migrated(kind, "jiebang_test_stats_rescan");
        try {
            MarketFacts kept = new MarketFacts();
            TestDatabases.inTransaction(f, em -> write(em, 80, 13L));
            StatsService.Summary before = TestDatabases.inTransaction(f, em -> service(em, kept).summary());
            long version = kept.version();

            TestDatabases.inTransaction(f, em -> {
                service(em, kept);
                kept.rescan();
                return null;
            });
            assertEquals(version, kept.version(), "a rescan that reads nothing new keeps the facts and what is figured from them");

            // a transaction that committed after a later one was read: an older stamp than the newest seen, no new id
            long late = TestDatabases.inTransaction(f, em -> {
                Object[] row = (Object[]) em.createNativeQuery("SELECT id, (SELECT MAX(updated_at) FROM challenge) FROM challenge"
                        + " WHERE status = 'IN_EXECUTION' AND updated_at < (SELECT MAX(updated_at) FROM challenge) ORDER BY id")
                        .setMaxResults(1).getSingleResult();
                long id = ((Number) row[0]).longValue();
                String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
                        .format(org.jiebang.platform.persistence.NativeValues.instant(row[1]).minusSeconds(60).atOffset(ZoneOffset.UTC));
                em.createNativeQuery("UPDATE challenge SET status = 'COMPLETED', updated_at = ? WHERE id = ?")
                        .setParameter(1, stamp).setParameter(2, id).executeUpdate();
                return id;
            });
            StatsService.Summary read = TestDatabases.inTransaction(f, em -> service(em, kept).summary());
            assertEquals(before.funnel().completed(), read.funnel().completed(),
                    "a reading asks only whether the newest rows moved: the late commit waits for the rescan");
            assertEquals(version, kept.version());

            TestDatabases.inTransaction(f, em -> {
                service(em, kept);
                kept.rescan();
                return null;
            });
            StatsService.Summary after = TestDatabases.inTransaction(f, em -> service(em, kept).summary());
            assertEquals(before.funnel().completed() + 1, after.funnel().completed(), "the rescan found challenge " + late);
            assertTrue(kept.version() > version, "figures kept from before the rescan are stale");
        } finally {
            f.close();
        }
    }

    static Market write(EntityManager em, int count, long seed) {
        try {
            return MarketData.write(em.unwrap(Connection.class), count, 4, 12, seed, NOW);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
