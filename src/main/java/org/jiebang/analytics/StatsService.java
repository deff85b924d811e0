package org.jiebang.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.TechnologyField;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.config.Clocks;

/**
 * The figures of the market (SPEC §9, §10 {@code summary}), counted over a {@link Cohort} of
 * published challenges from the {@link MarketFacts} kept in memory (checked against the database
 * on every call; figures computed from unchanged facts are answered again): challenges by state, the bounty posted, the registered
 * technology transaction amount (registered contracts only), the award and failure (流榜) rates
 * among decided challenges, the median days from publication to the final award, the share of due
 * milestones accepted by their due date, and the funnel posted → bids → signed → registered amount
 * → completed; the same by month of publication, by field and by province; and the league table of
 * research organizations (一院一表).
 * <p>
 * Bids are sealed until the close: over everything ({@link Cohort#ALL}) the funnel counts every
 * bid ever submitted (SPEC §10), but a narrower cohort (which could single out one challenge)
 * counts only the bids of challenges whose bidding has closed.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class StatsService {

    /** Challenges that reached the award, whatever came after. */
    static final Set<ChallengeStatus> AWARDED = EnumSet.of(ChallengeStatus.AWARDED, ChallengeStatus.IN_EXECUTION,
            ChallengeStatus.COMPLETED, ChallengeStatus.TERMINATED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MarketFacts facts;

    @Inject
    ChallengeService fields;

    /** The funnel 需求 → 方案 → 签约 → 成交额 → 验收. */
    public record Funnel(long posted, long bids, long signed, BigDecimal registeredAmount, long completed) {
    }

    /** SPEC §10 {@code summary}. */
    public record Summary(Map<String, Long> challengesByStatus, BigDecimal bountyPosted, BigDecimal registeredTransactionAmount,
            BigDecimal awardRate, BigDecimal medianDaysToAward, BigDecimal onTimeMilestoneRate, BigDecimal failedRate,
            Funnel funnel) {
    }

    /**
     * One row of a breakdown: a month ({@code 2026-11}), a field code or a province code, with its
     * challenges posted, bounty, awarded, failed and completed, and the registered amount of their
     * contracts.
     */
    public record Group(String key, long posted, BigDecimal bounty, long awarded, long failed, long completed,
            BigDecimal registeredAmount) {
    }

    /**
     * One research organization in the league table: bids submitted (on closed challenges), bids
     * awarded, contracts signed, completed (closed) and terminated after signing, the completion
     * rate among ended contracts, the on-time rate of its due milestones, confirmed outcomes.
     */
    public record League(long organizationId, String name, String region, long bids, long awards, long signed, long completed,
            long terminated, BigDecimal completionRate, BigDecimal onTimeRate, long outcomes) {
    }

    /** The dashboard of a cohort: the summary and its breakdowns. */
    public record Dashboard(Cohort cohort, Summary summary, List<Group> months, List<Group> fields, List<Group> provinces) {
    }

    /**
     * The home page's headline figures: challenges open for bids, the bounty of every challenge ever
     * published, contracts signed, challenges completed, verified firms and research organizations.
     */
    public record Headline(long open, BigDecimal bountyPosted, long signed, long completed, long firms,
            long researchOrganizations) {
    }

    /** {@link Headline} in one statement (a public page's budget is five), counted by the database now. */
    public Headline headline() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT"
                + " (SELECT COUNT(*) FROM challenge WHERE status = 'PUBLISHED'),"
                + " (SELECT COALESCE(SUM(budget), 0) FROM challenge WHERE published_at IS NOT NULL),"
                + " (SELECT COUNT(*) FROM contract WHERE signed_at IS NOT NULL),"
                + " (SELECT COUNT(*) FROM challenge WHERE status = 'COMPLETED'),"
                + " (SELECT COUNT(*) FROM organization WHERE status = 'VERIFIED' AND type = 'ENTERPRISE'),"
                + " (SELECT COUNT(*) FROM organization WHERE status = 'VERIFIED' AND type <> 'ENTERPRISE')").getSingleResult();
        return new Headline(((Number) row[0]).longValue(), new BigDecimal(row[1].toString()).setScale(2, RoundingMode.HALF_UP),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue(),
                ((Number) row[5]).longValue());
    }

    public Summary summary() {
        return summary(Cohort.ALL);
    }

    public Summary summary(Cohort cohort) {
        Map<Long, MarketFacts.Challenge> f = facts.current();
        return cached(List.of("summary", cohort, today(), facts.version()), () -> summary(cohort, cohort.select(f.values())));
    }

    /**
     * Figures computed from these very facts (on this day) are answered again until the facts change;
     * while they are being computed, others asking the same wait for them rather than compute them too.
     */
    private final Map<List<Object>, java.util.concurrent.FutureTask<Object>> results = new java.util.concurrent.ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    private <T> T cached(List<Object> key, java.util.function.Supplier<T> compute) {
        java.util.concurrent.FutureTask<Object> task = new java.util.concurrent.FutureTask<>(compute::get);
        java.util.concurrent.FutureTask<Object> existing = results.putIfAbsent(key, task);
        if (existing == null) {
            if (results.size() > 200) {
                long version = facts.version();
                results.keySet().removeIf(k -> !k.get(k.size() - 1).equals(version) && !k.equals(key));
            }
            task.run();
            existing = task;
        }
        try {
            return (T) existing.get();
        } catch (java.util.concurrent.ExecutionException e) {
            results.remove(key, existing);
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Summary summary(Cohort cohort, java.util.Collection<MarketFacts.Challenge> cs) {
        long[] byOrdinal = new long[ChallengeStatus.values().length];
        long bounty = 0;
        long bids = 0;
        long signed = 0;
        long registered = 0;
        long[] seconds = new long[cs.size()];
        int awards = 0;
        long onTime = 0;
        long due = 0;
        LocalDate today = today();
        for (MarketFacts.Challenge c : cs) {
            byOrdinal[c.statusOrdinal()]++;
            bounty += c.budgetFen();
            registered += c.registeredFen();
            if (cohort.isAll() || c.closedAt() != null) {
                bids += c.submittedBids();
            }
            if (c.secondsToAward() >= 0) {
                seconds[awards++] = c.secondsToAward();
            }
            signed += c.signed();
            onTime += c.acceptedOnTime();
            due += c.accepted();
            for (LocalDate d : c.openDue()) {
                due += d.isBefore(today) ? 1 : 0; // late already
            }
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ChallengeStatus s : ChallengeStatus.PUBLIC) {
            byStatus.put(s.name(), byOrdinal[s.ordinal()]);
        }
        byStatus.put(ChallengeStatus.CANCELLED.name(), byOrdinal[ChallengeStatus.CANCELLED.ordinal()]); // cancelled after publication
        long completed = byStatus.get(ChallengeStatus.COMPLETED.name());
        long awarded = AWARDED.stream().mapToLong(s -> byOrdinal[s.ordinal()]).sum();
        long failed = byStatus.get(ChallengeStatus.FAILED.name());
        BigDecimal amount = yuan(registered);
        return new Summary(byStatus, yuan(bounty), amount, rate(awarded, awarded + failed),
                median(java.util.Arrays.copyOf(seconds, awards)), rate(onTime, due), rate(failed, awarded + failed),
                new Funnel(cs.size(), bids, signed, amount, completed));
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /**
     * Adds a contract's milestones to {@code onTimeDue}: [accepted on or before their due date
     * (Beijing), due]; due are the accepted ones and those past due and not accepted on a signed
     * contract (late already).
     */
    private static void count(MarketFacts.Contract k, LocalDate today, long[] onTimeDue) {
        for (int i = 0; i < k.due().length; i++) {
            LocalDate accepted = k.accepted()[i];
            if (accepted != null) {
                onTimeDue[1]++;
                if (!accepted.isAfter(k.due()[i])) {
                    onTimeDue[0]++;
                }
            } else if (k.due()[i].isBefore(today) && "SIGNED".equals(k.status())) {
                onTimeDue[1]++;
            }
        }
    }

    /** Days from publication to the final award, the median (1 decimal), or null. */
    private static BigDecimal median(long[] seconds) {
        if (seconds.length == 0) {
            return null;
        }
        java.util.Arrays.sort(seconds);
        int n = seconds.length;
        BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(seconds[n / 2])
                : BigDecimal.valueOf(seconds[n / 2 - 1] + seconds[n / 2]).divide(BigDecimal.valueOf(2));
        return median.divide(BigDecimal.valueOf(86400), 1, RoundingMode.HALF_UP);
    }

    public Dashboard dashboard(Cohort cohort) {
        requireKnownField(cohort);
        return dashboard(cohort, facts.current());
    }

    private Dashboard dashboard(Cohort cohort, Map<Long, MarketFacts.Challenge> f) {
        return cached(List.of("dashboard", cohort, today(), facts.version()), () -> dashboard(cohort, cohort.select(f.values())));
    }

    /** A cohort's dashboard and league table from the same facts (checked against the database once). */
    public record Board(Dashboard dashboard, List<League> league) {
    }

    public Board board(Cohort cohort) {
        requireKnownField(cohort);
        Map<Long, MarketFacts.Challenge> f = facts.current();
        return new Board(dashboard(cohort, f), league(cohort, null, f));
    }

    private Dashboard dashboard(Cohort cohort, java.util.Collection<MarketFacts.Challenge> cs) {
        List<Group> months = groups(cs, MarketFacts.Challenge::month).stream().sorted(Comparator.comparing(Group::key)).toList();
        List<Group> fields = groups(cs, MarketFacts.Challenge::field).stream().sorted(Comparator.comparing(Group::posted).reversed()
                .thenComparing(Group::key)).toList();
        List<Group> provinces = groups(cs, MarketFacts.Challenge::province).stream()
                .sorted(Comparator.comparing(Group::posted).reversed().thenComparing(Group::key)).toList();
        return new Dashboard(cohort, summary(cohort, cs), months, fields, provinces);
    }

    /** Challenges posted, awarded, failed, completed, bounty and registered amount (fen) by a key of the challenge. */
    private static List<Group> groups(java.util.Collection<MarketFacts.Challenge> cs, java.util.function.Function<MarketFacts.Challenge, String> key) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (MarketFacts.Challenge c : cs) {
            long[] n = counts.computeIfAbsent(key.apply(c), x -> new long[6]);
            String status = c.status();
            n[0]++;
            n[1] += AWARDED_NAMES.contains(status) ? 1 : 0;
            n[2] += "FAILED".equals(status) ? 1 : 0;
            n[3] += "COMPLETED".equals(status) ? 1 : 0;
            n[4] += c.budgetFen();
            n[5] += c.registeredFen();
        }
        List<Group> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new Group(k, n[0], yuan(n[4]), n[1], n[2], n[3], yuan(n[5]))));
        return out;
    }

    private static final Set<String> AWARDED_NAMES = AWARDED.stream().map(Enum::name).collect(Collectors.toSet());

    /**
     * The league table (一院一表) of the research organizations that led a bid in the cohort (on a
     * closed challenge) or hold a contract of it; most awards first, then most completed, then most
     * bids.
     */
    public List<League> league(Cohort cohort) {
        return league(cohort, null);
    }

    /** The league table, or the row of one organization ({@code only}). */
    public List<League> league(Cohort cohort, Long only) {
        requireKnownField(cohort);
        return league(cohort, only, facts.current());
    }

    private List<League> league(Cohort cohort, Long only, Map<Long, MarketFacts.Challenge> f) {
        return cached(java.util.Arrays.asList("league", cohort, today(), only, facts.version()), () -> computeLeague(cohort, only, f));
    }

    private List<League> computeLeague(Cohort cohort, Long only, Map<Long, MarketFacts.Challenge> f) {
        Map<Long, long[]> n = new HashMap<>(); // bids, awards, signed, completed, terminated, onTime, due, outcomes
        LocalDate today = today();
        for (MarketFacts.Challenge c : cohort.select(f.values())) {
            if (c.closedAt() != null) {
                for (int i = 0; i < c.bidLeads().length; i++) {
                    if (c.bidSubmitted()[i] && (only == null || only == c.bidLeads()[i])) {
                        long[] x = n.computeIfAbsent(c.bidLeads()[i], id -> new long[8]);
                        x[0]++;
                        x[1] += "AWARDED".equals(c.bidStatus()[i]) ? 1 : 0;
                    }
                }
            }
            for (MarketFacts.Contract k : c.contracts()) {
                if (only != null && only != k.contractor()) {
                    continue;
                }
                long[] x = n.computeIfAbsent(k.contractor(), id -> new long[8]);
                x[2] += k.signedAt() != null ? 1 : 0;
                x[3] += "CLOSED".equals(k.status()) ? 1 : 0;
                x[4] += "TERMINATED".equals(k.status()) && k.signedAt() != null ? 1 : 0;
                if (k.signedAt() != null) {
                    long[] onTime = new long[2];
                    count(k, today, onTime);
                    x[5] += onTime[0];
                    x[6] += onTime[1];
                }
                x[7] += k.confirmedOutcomes();
            }
        }
        if (n.isEmpty()) {
            return List.of();
        }
        Map<Long, String[]> orgs = new HashMap<>();
        if (only != null) { // one organization's row: its page has read the organization already
            org.jiebang.account.Organization o = em.find(org.jiebang.account.Organization.class, only);
            if (o != null) {
                orgs.put(only, new String[] { o.getName(), o.getRegion() });
            }
        } else {
            for (Object row : em.createNativeQuery("SELECT o.id, o.name, o.region FROM organization o WHERE o.id IN ("
                    + n.keySet().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")").getResultList()) {
                Object[] r = (Object[]) row;
                orgs.put(((Number) r[0]).longValue(), new String[] { (String) r[1], (String) r[2] });
            }
        }
        return n.entrySet().stream().map(e -> {
            long[] x = e.getValue();
            String[] org = orgs.getOrDefault(e.getKey(), new String[] { "#" + e.getKey(), null });
            return new League(e.getKey(), org[0], org[1], x[0], x[1], x[2], x[3], x[4], rate(x[3], x[3] + x[4]),
                    rate(x[5], x[6]), x[7]);
        }).sorted(Comparator.comparingLong(League::awards).reversed().thenComparing(Comparator.comparingLong(League::completed)
                .reversed()).thenComparing(Comparator.comparingLong(League::bids).reversed())
                .thenComparingLong(League::organizationId)).toList();
    }

    /** The technology fields' names in the locale, by code, in the code list's order. */
    public Map<String, String> fieldNames(java.util.Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        Map<String, String> names = new LinkedHashMap<>();
        fields.fields().forEach(f -> names.put(f.getCode(), en ? f.getNameEn() : f.getNameZh()));
        return names;
    }

    private void requireKnownField(Cohort cohort) {
        if (cohort.field() != null && em.find(TechnologyField.class, cohort.field()) == null) {
            throw InvalidInput.rule("field", "fieldCode", "a field code from /api/v1/fields");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.DISPLAY_ZONE));
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }


}
