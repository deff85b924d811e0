package org.jiebang.opendata;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiebang.account.Organization;
import org.jiebang.bid.Bid;
import org.jiebang.challenge.Challenge;
import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.Indicator;
import org.jiebang.platform.config.Clocks;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.region.Regions;

/**
 * Open data (SPEC §9, §10): every published challenge as Open Contracting Data Standard 1.1
 * releases. A challenge is a tender (its bounty the value, its indicators the items, the firm
 * buyer and procuring entity); each bid of an award proposal an award (pending during the notice,
 * active once final, cancelled when an upheld objection withdrew it); each signed contract a
 * contract with its accepted milestones and voucher-funded payments as its implementation.
 * <p>
 * Each release shows the record as it stood at its instant ({@link ReleasePoints}), so releases
 * never change once made. Only what the trace shows a visitor is published: nothing before
 * publication, no confidential details, no losing bid (only how many were opened), no score, no
 * expert; a contract's value once registered (the registered transaction amount); milestones once
 * accepted; payments from vouchers (public money) but not the firm's own.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class OcdsService {

    /** The most releases one page of {@code /ocds/releases} holds. */
    public static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "jiebang.ocds.prefix", defaultValue = "ocds-jiebang")
    String prefix;

    @Inject
    @ConfigProperty(name = "jiebang.ocds.publisher", defaultValue = "揭榜挂帅技术市场 Jiebang")
    String publisher;

    /**
     * How far behind the present the feed stays: a change is stamped inside its transaction and
     * becomes visible only when that commits, so a reader who had already passed its instant would
     * never see it; the feed serves only changes older than this.
     */
    @Inject
    @ConfigProperty(name = "jiebang.ocds.feed-lag-seconds", defaultValue = "60")
    long feedLagSeconds;

    /** The earliest and latest instants a cursor may name. */
    static final Instant FIRST = Instant.EPOCH;
    static final Instant LAST = Instant.parse("9999-12-31T23:59:59Z");

    /** The release package of one challenge: every release, oldest first; 404 before publication. */
    public JsonObject challengePackage(long challengeId, String uri) {
        List<ReleasePoints.Point> points = ReleasePoints.of(em, challengeId);
        if (points.isEmpty()) {
            throw new NotFound();
        }
        return pack(uri, releases(points), null);
    }

    /**
     * All releases after a cursor, oldest first: {@code since} an ISO-8601 instant (releases after
     * it; at it too when {@code after}, the id of the last challenge already read at that instant,
     * is given), at most {@code size}, none younger than the feed's lag. The package's
     * {@code links.next} names the cursor to read on from; null when there is nothing after the
     * cursor yet (an OCDS package holds at least one release).
     */
    public JsonObject releasesSince(String since, Long after, int size, String base) {
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInput("size", "from 1 to " + MAX_PAGE);
        }
        boolean fromStart = since == null || since.isBlank();
        Instant from;
        try {
            from = fromStart ? FIRST : Instant.parse(since.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("since", "an ISO-8601 instant in UTC, such as 2026-11-25T08:00:00Z");
        }
        if (from.isBefore(FIRST) || from.isAfter(LAST)) {
            throw new InvalidInput("since", "an instant from 1970 to 9999");
        }
        long afterId = fromStart ? -1 : after == null ? Long.MAX_VALUE : after;
        List<ReleasePoints.Point> points = ReleasePoints.after(em, from, afterId,
                clock.instant().minusSeconds(feedLagSeconds), size);
        if (points.isEmpty()) {
            return null;
        }
        if (points.size() > size) {
            points = points.subList(0, size);
        }
        ReleasePoints.Point last = points.get(points.size() - 1);
        String next = base + "?since=" + last.at() + "&after=" + last.challengeId() + "&size=" + size;
        String uri = base + "?since=" + from + (fromStart || after == null ? "" : "&after=" + after) + "&size=" + size;
        return pack(uri, releases(points), next);
    }

    private JsonObject pack(String uri, JsonArrayBuilder releases, String next) {
        JsonObjectBuilder p = Json.createObjectBuilder()
                .add("uri", uri)
                .add("version", "1.1")
                .add("publishedDate", date(clock.instant()))
                .add("publisher", Json.createObjectBuilder().add("name", publisher))
                .add("releases", releases);
        if (next != null) {
            p.add("links", Json.createObjectBuilder().add("next", next));
        }
        return p.build();
    }

    private JsonArrayBuilder releases(List<ReleasePoints.Point> points) {
        Facts facts = load(points.stream().map(ReleasePoints.Point::challengeId).distinct().toList());
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (ReleasePoints.Point p : points) {
            Record r = facts.records.get(p.challengeId());
            if (r != null) {
                out.add(release(r, facts, p.at(), p.tags()));
            }
        }
        return out;
    }

    /** What a batch of challenges' releases are made of, loaded in a fixed number of queries. */
    private static final class Facts {
        final Map<Long, Record> records = new LinkedHashMap<>();
        final Map<Long, Bid> bids = new HashMap<>();
        final Map<Long, Organization> organizations = new HashMap<>();
    }

    /** One challenge and its public facts. */
    private record Record(Challenge challenge, OcdsFacts.Facts facts) {
    }

    /** Three statements: the challenges with their owners, their facts, the bids of their award proposals with their leads. */
    private Facts load(List<Long> ids) {
        Facts f = new Facts();
        if (ids.isEmpty()) {
            return f;
        }
        List<Challenge> published = em.createQuery("SELECT c FROM Challenge c JOIN FETCH c.owner WHERE c.id IN :ids"
                + " AND c.publishedAt IS NOT NULL", Challenge.class).setParameter("ids", ids).getResultList();
        Map<Long, OcdsFacts.Facts> facts = OcdsFacts.of(em, published.stream().map(Challenge::getId).toList());
        published.forEach(c -> f.records.put(c.getId(), new Record(c, facts.get(c.getId()))));
        List<Long> bidIds = facts.values().stream().flatMap(r -> r.proposals().stream())
                .flatMap(p -> p.bidIds().stream()).distinct().toList();
        if (!bidIds.isEmpty()) {
            em.createQuery("SELECT b FROM Bid b JOIN FETCH b.lead WHERE b.id IN :ids", Bid.class).setParameter("ids", bidIds)
                    .getResultList().forEach(b -> {
                        f.bids.put(b.getId(), b);
                        f.organizations.put(b.getLead().getId(), b.getLead());
                    });
        }
        return f;
    }

    /** The release of one challenge as it stood at {@code at}. */
    private JsonObject release(Record r, Facts f, Instant at, Set<String> tags) {
        Challenge c = r.challenge();
        String ocid = prefix + "-" + c.getId();
        Organization firm = c.getOwner();
        Map<Long, Set<String>> roles = new LinkedHashMap<>();
        roles.put(firm.getId(), new java.util.LinkedHashSet<>(List.of("buyer", "procuringEntity")));

        JsonArrayBuilder awards = Json.createArrayBuilder();
        Map<Long, String> awardIdOfBid = new HashMap<>();
        for (OcdsFacts.Proposal p : r.facts().proposals()) {
            if (p.proposedAt().isAfter(at)) {
                continue;
            }
            boolean active = p.finalizedAt() != null && !p.finalizedAt().isAfter(at);
            Instant withdrawn = r.facts().withdrawals().get(p.id());
            boolean cancelled = !active && (withdrawn != null && !withdrawn.isAfter(at) || ended(c, at)
                    && c.getStatus() == ChallengeStatus.FAILED);
            for (Long bidId : p.bidIds()) {
                Bid b = f.bids.get(bidId);
                if (b == null) {
                    continue;
                }
                String id = "award-" + p.id() + "-" + bidId;
                awardIdOfBid.put(bidId, id);
                roles.computeIfAbsent(b.getLead().getId(), k -> new java.util.LinkedHashSet<>()).add("supplier");
                JsonObjectBuilder award = Json.createObjectBuilder()
                        .add("id", id)
                        .add("title", b.getLead().getName() + " · " + b.getPrincipal().getName())
                        .add("status", active ? "active" : cancelled ? "cancelled" : "pending")
                        .add("date", date(active ? p.finalizedAt() : p.proposedAt()))
                        .add("suppliers", Json.createArrayBuilder().add(reference(b.getLead())));
                // a withdrawn notice no longer shows its prices (the bids went back to evaluation): nor does any release
                if (!"WITHDRAWN".equals(p.status())) {
                    award.add("value", value(b.getPrice()));
                }
                awards.add(award);
            }
        }

        JsonArrayBuilder contracts = Json.createArrayBuilder();
        for (OcdsFacts.Contract k : r.facts().contracts()) {
            if (k.signedAt().isAfter(at)) {
                continue;
            }
            Organization contractor = Optional.ofNullable(f.bids.get(k.awardBidId())).map(Bid::getLead).orElse(null);
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("id", "contract-" + k.id())
                    .add("awardID", awardIdOfBid.getOrDefault(k.awardBidId(), "award-" + k.awardBidId()))
                    .add("title", c.getTitle() + (contractor == null ? "" : " · " + contractor.getName()))
                    .add("status", k.endedAt() != null && !k.endedAt().isAfter(at) ? "terminated" : "active")
                    .add("dateSigned", date(k.signedAt()))
                    .add("period", Json.createObjectBuilder().add("startDate", day(k.startDate()))
                            .add("endDate", day(k.endDate())));
            if (k.registeredAt() != null && !k.registeredAt().isAfter(at)) {
                o.add("value", value(k.transactionAmount()));
            }
            JsonArrayBuilder milestones = Json.createArrayBuilder();
            for (OcdsFacts.Milestone m : k.milestones()) {
                if (m.acceptedAt() != null && !m.acceptedAt().isAfter(at)) {
                    milestones.add(Json.createObjectBuilder().add("id", "milestone-" + m.id()).add("title", m.title())
                            .add("type", "delivery").add("dueDate", day(m.dueDate()))
                            .add("dateMet", date(m.acceptedAt())).add("status", "met"));
                }
            }
            JsonArrayBuilder transactions = Json.createArrayBuilder();
            for (OcdsFacts.Payment p : r.facts().voucherPayments().getOrDefault(k.id(), List.of())) {
                if (!p.paidAt().isAfter(at)) {
                    JsonObjectBuilder t = Json.createObjectBuilder().add("id", "payment-" + p.id())
                            .add("date", date(p.paidAt())).add("value", value(p.amount()))
                            .add("payer", reference(firm));
                    if (contractor != null) {
                        t.add("payee", reference(contractor));
                        roles.computeIfAbsent(contractor.getId(), x -> new java.util.LinkedHashSet<>()).add("payee");
                    }
                    roles.get(firm.getId()).add("payer");
                    transactions.add(t);
                }
            }
            contracts.add(o.add("implementation", Json.createObjectBuilder().add("milestones", milestones)
                    .add("transactions", transactions)));
        }

        JsonArrayBuilder parties = Json.createArrayBuilder();
        roles.forEach((orgId, rs) -> {
            Organization org = orgId.equals(firm.getId()) ? firm : f.organizations.get(orgId);
            JsonObjectBuilder party = reference(org).add("roles", Json.createArrayBuilder(List.copyOf(rs)));
            if (org.getRegion() != null) {
                party.add("address", Json.createObjectBuilder().add("region", Regions.label(org.getRegion(), false))
                        .add("countryName", "中国"));
            }
            parties.add(party);
        });
        parties.add(Json.createObjectBuilder().add("id", "market").add("name", publisher)
                .add("roles", Json.createArrayBuilder().add("reviewBody")));

        return Json.createObjectBuilder()
                .add("ocid", ocid)
                .add("id", ocid + "-" + at.getEpochSecond() + String.format("%06d", at.getNano() / 1000))
                .add("date", date(at))
                .add("tag", Json.createArrayBuilder(List.copyOf(tags)))
                .add("initiationType", "tender")
                .add("language", "zh")
                .add("parties", parties)
                .add("buyer", reference(firm))
                .add("tender", tender(r, at, ocid))
                .add("awards", awards)
                .add("contracts", contracts)
                .build();
    }

    /** The public fields of a tender as they stood at an instant: today's, with later amendments undone. */
    private static final class Stood {
        String title;
        String summary;
        BigDecimal budget;
        String field;
        Integer durationMonths;
        List<String[]> indicators = new ArrayList<>(); // name, target, unit

        Stood(Record r, Instant at) {
            Challenge c = r.challenge();
            title = c.getTitle();
            summary = c.getSummary();
            budget = c.getBudget();
            field = c.getField();
            durationMonths = c.getDurationMonths();
            for (Indicator i : c.getIndicators()) {
                indicators.add(new String[] { i.getName(), i.getTarget(), i.getUnit() });
            }
            List<OcdsFacts.Amendment> later = r.facts().amendments().stream().filter(a -> a.at().isAfter(at))
                    .sorted(Comparator.comparing(OcdsFacts.Amendment::at).reversed()).toList();
            for (OcdsFacts.Amendment a : later) {
                undo(a);
            }
        }

        private void undo(OcdsFacts.Amendment a) {
            jakarta.json.JsonObject changes;
            try (var reader = Json.createReader(new java.io.StringReader(a.changes()))) {
                changes = reader.readObject();
            } catch (RuntimeException e) {
                return; // an amendment whose history cannot be read leaves today's values
            }
            changes.forEach((key, pair) -> {
                if (pair.getValueType() != jakarta.json.JsonValue.ValueType.ARRAY || pair.asJsonArray().isEmpty()) {
                    return;
                }
                jakarta.json.JsonValue before = pair.asJsonArray().get(0);
                boolean none = before.getValueType() == jakarta.json.JsonValue.ValueType.NULL;
                switch (key) {
                    case "title" -> title = none ? title : text(before);
                    case "summary" -> summary = none ? summary : text(before);
                    case "budget" -> budget = none ? budget : new BigDecimal(text(before));
                    case "field" -> field = none ? field : text(before);
                    case "durationMonths" -> durationMonths = none ? null : Integer.valueOf(text(before));
                    case "indicators" -> {
                        if (before.getValueType() == jakarta.json.JsonValue.ValueType.ARRAY) {
                            indicators = before.asJsonArray().stream().map(v -> v.asJsonObject())
                                    .map(o -> new String[] { o.getString("name", ""), o.getString("target", ""),
                                        o.isNull("unit") ? null : o.getString("unit", null) })
                                    .toList();
                        }
                    }
                    default -> {
                        // other fields are not published, or (the deadline) read from the amendment itself
                    }
                }
            });
        }

        private static String text(jakarta.json.JsonValue v) {
            return v instanceof jakarta.json.JsonString s ? s.getString() : v.toString();
        }
    }

    private JsonObjectBuilder tender(Record r, Instant at, String ocid) {
        Challenge c = r.challenge();
        Stood stood = new Stood(r, at);
        JsonArrayBuilder items = Json.createArrayBuilder();
        int n = 0;
        for (String[] i : stood.indicators) {
            items.add(Json.createObjectBuilder().add("id", String.valueOf(++n))
                    .add("description", i[0] + "：" + i[1] + (i[2] == null || i[2].isBlank() ? "" : " " + i[2]))
                    .add("classification", Json.createObjectBuilder().add("scheme", "x_jiebangField").add("id", stood.field)));
        }
        JsonArrayBuilder amendments = Json.createArrayBuilder();
        r.facts().amendments().stream().filter(a -> !a.at().isAfter(at)).forEach(a -> amendments.add(Json.createObjectBuilder()
                .add("id", "amendment-" + a.number()).add("date", date(a.at())).add("rationale", a.reason())));
        JsonObjectBuilder t = Json.createObjectBuilder()
                .add("id", ocid + "-tender")
                .add("title", stood.title)
                .add("description", stood.summary)
                .add("status", tenderStatus(r, at))
                .add("procuringEntity", reference(c.getOwner()))
                .add("items", items)
                .add("value", value(stood.budget))
                .add("procurementMethod", "open")
                .add("procurementMethodDetails", "揭榜挂帅 (open technology challenge)")
                .add("mainProcurementCategory", "services")
                .add("awardCriteria", "ratedCriteria")
                .add("submissionMethod", Json.createArrayBuilder().add("electronicSubmission"))
                .add("tenderPeriod", Json.createObjectBuilder().add("startDate", date(c.getPublishedAt()))
                        .add("endDate", date(deadlineAt(r, at))))
                .add("hasEnquiries", r.facts().answers().stream().anyMatch(a -> !a.isAfter(at)))
                .add("amendments", amendments);
        if (c.getClosedAt() != null && !c.getClosedAt().isAfter(at)) {
            t.add("numberOfTenderers", r.facts().openedBids());
        }
        if (stood.durationMonths != null) {
            t.add("contractPeriod", Json.createObjectBuilder().add("durationInDays", stood.durationMonths * 30));
        }
        return t;
    }

    /** The deadline in force at {@code at}: the one an amendment after it replaced, else the current one. */
    private static Instant deadlineAt(Record r, Instant at) {
        return r.facts().amendments().stream().filter(a -> a.at().isAfter(at) && a.oldDeadline() != null)
                .min(Comparator.comparing(OcdsFacts.Amendment::at)).map(OcdsFacts.Amendment::oldDeadline)
                .orElse(r.challenge().getDeadline());
    }

    private static String tenderStatus(Record r, Instant at) {
        Challenge c = r.challenge();
        if (ended(c, at)) {
            return c.getStatus() == ChallengeStatus.CANCELLED ? "cancelled" : "unsuccessful";
        }
        boolean awarded = r.facts().proposals().stream().anyMatch(p -> p.finalizedAt() != null && !p.finalizedAt().isAfter(at));
        return awarded ? "complete" : "active";
    }

    /** Whether a cancelled or failed challenge had ended by {@code at}. */
    private static boolean ended(Challenge c, Instant at) {
        return (c.getStatus() == ChallengeStatus.CANCELLED || c.getStatus() == ChallengeStatus.FAILED)
                && c.getEndedAt() != null && !c.getEndedAt().isAfter(at);
    }

    private static JsonObjectBuilder reference(Organization o) {
        return Json.createObjectBuilder().add("id", "org-" + o.getId()).add("name", o.getName());
    }

    private static JsonObjectBuilder value(BigDecimal amount) {
        return Json.createObjectBuilder().add("amount", amount).add("currency", "CNY");
    }

    private static String date(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).toString();
    }

    /** RFC 3339 wants the seconds, which {@code OffsetDateTime.toString()} leaves out at midnight. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private static String day(LocalDate d) {
        return d.atStartOfDay(Clocks.DISPLAY_ZONE).format(DAY);
    }
}
