package org.jiebang.opendata;

import static org.jiebang.platform.persistence.NativeValues.date;
import static org.jiebang.platform.persistence.NativeValues.instant;
import static org.jiebang.platform.persistence.NativeValues.number;
import static org.jiebang.platform.persistence.NativeValues.text;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.jiebang.bid.BidStatus;
import org.jiebang.platform.persistence.JsonLongs;

/**
 * The public facts of a batch of challenges that OCDS releases are made of, besides the
 * challenges themselves and the bids of their award proposals, in one SQL statement (a request's
 * budget is five): amendments, the instants questions were answered, the bids opened, award
 * proposals and their withdrawals by an upheld objection, signed contracts with their accepted
 * milestones and voucher-funded payments. Each kind is a branch of a {@code UNION ALL} with the
 * same columns; a column a kind does not use is NULL.
 */
final class OcdsFacts {

    record Amendment(int number, Instant at, Instant oldDeadline, String reason, String changes) {
    }

    record Proposal(long id, Instant proposedAt, Instant finalizedAt, String status, List<Long> bidIds) {
    }

    record Contract(long id, long awardBidId, Instant signedAt, Instant endedAt, Instant registeredAt,
            BigDecimal transactionAmount, LocalDate startDate, LocalDate endDate, List<Milestone> milestones) {
    }

    /** An accepted milestone. */
    record Milestone(long id, String title, LocalDate dueDate, Instant acceptedAt) {
    }

    /** A payment from a voucher. */
    record Payment(long id, Instant paidAt, BigDecimal amount) {
    }

    /** One challenge's facts, each list oldest first (a contract's milestones in their order, contracts by id). */
    record Facts(List<Amendment> amendments, List<Instant> answers, long openedBids, List<Proposal> proposals,
            Map<Long, Instant> withdrawals, List<Contract> contracts, Map<Long, List<Payment>> voucherPayments) {
    }

    private static final String OPENED = BidStatus.OPENED_STATES.stream().map(s -> "'" + s.name() + "'")
            .sorted().collect(Collectors.joining(", "));

    /** The union; {@code {ids}} is the list of challenge ids (numbers, written in). */
    private static final String SQL = String.join(" UNION ALL ",
            "SELECT 'AMENDMENT' AS kind, a.challenge_id AS cid, a.number AS n1, NULL AS n2, NULL AS n3, a.at AS t1,"
                    + " a.old_deadline AS t2, NULL AS t3, a.reason AS s1, a.changes AS s2, NULL AS amount, NULL AS d1, NULL AS d2"
                    + " FROM challenge_amendment a WHERE a.challenge_id IN ({ids})",
            "SELECT 'ANSWER', q.challenge_id, NULL, NULL, NULL, q.answered_at, NULL, NULL, NULL, NULL, NULL, NULL, NULL"
                    + " FROM challenge_question q WHERE q.challenge_id IN ({ids}) AND q.answered_at IS NOT NULL",
            "SELECT 'OPENED', b.challenge_id, COUNT(*), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL"
                    + " FROM bid b WHERE b.challenge_id IN ({ids}) AND b.status IN (" + OPENED + ") GROUP BY b.challenge_id",
            "SELECT 'PROPOSAL', p.challenge_id, p.id, NULL, NULL, p.proposed_at, p.finalized_at, NULL, p.status, p.bid_ids,"
                    + " NULL, NULL, NULL FROM award_proposal p WHERE p.challenge_id IN ({ids})",
            "SELECT 'WITHDRAWN', o.challenge_id, o.proposal_id, NULL, NULL, MIN(o.resolved_at), NULL, NULL, NULL, NULL, NULL,"
                    + " NULL, NULL FROM objection o WHERE o.challenge_id IN ({ids}) AND o.status = 'UPHELD'"
                    + " GROUP BY o.challenge_id, o.proposal_id",
            "SELECT 'CONTRACT', k.challenge_id, k.id, k.award_bid_id, NULL, k.signed_at, k.ended_at, k.registered_at, NULL,"
                    + " NULL, k.transaction_amount, k.start_date, k.end_date FROM contract k"
                    + " WHERE k.challenge_id IN ({ids}) AND k.signed_at IS NOT NULL",
            "SELECT 'MILESTONE', k.challenge_id, m.contract_id, m.id, m.position, m.accepted_at, NULL, NULL, m.title, NULL, NULL,"
                    + " m.due_date, NULL FROM contract_milestone m JOIN contract k ON k.id = m.contract_id"
                    + " WHERE k.challenge_id IN ({ids}) AND k.signed_at IS NOT NULL AND m.accepted_at IS NOT NULL",
            "SELECT 'PAYMENT', k.challenge_id, p.contract_id, p.id, NULL, p.paid_at, NULL, NULL, NULL, NULL, p.amount, NULL, NULL"
                    + " FROM contract_payment p JOIN contract k ON k.id = p.contract_id"
                    + " WHERE k.challenge_id IN ({ids}) AND k.signed_at IS NOT NULL AND p.source = 'VOUCHER'");

    private static final JsonLongs IDS = new JsonLongs();

    private OcdsFacts() {
    }

    /** The facts of these challenges, by id (every id given has its facts, empty when it has none). */
    static Map<Long, Facts> of(EntityManager em, List<Long> challengeIds) {
        Map<Long, Facts> out = new HashMap<>();
        if (challengeIds.isEmpty()) {
            return out;
        }
        Query q = em.createNativeQuery(SQL.replace("{ids}", challengeIds.stream().map(id -> Long.toString(id))
                .collect(Collectors.joining(", "))));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        Map<Long, Builder> built = new HashMap<>();
        challengeIds.forEach(id -> built.put(id, new Builder()));
        for (Object[] r : rows) {
            Builder b = built.get(number(r[1]));
            switch ((String) r[0]) {
                case "AMENDMENT" -> b.amendments.add(new Amendment((int) number(r[2]), instant(r[5]), instant(r[6]), text(r[8]),
                        text(r[9])));
                case "ANSWER" -> b.answers.add(instant(r[5]));
                case "OPENED" -> b.openedBids = number(r[2]);
                case "PROPOSAL" -> b.proposals.add(new Proposal(number(r[2]), instant(r[5]), instant(r[6]), text(r[8]),
                        IDS.convertToEntityAttribute(text(r[9]))));
                case "WITHDRAWN" -> b.withdrawals.put(number(r[2]), instant(r[5]));
                case "CONTRACT" -> b.contracts.add(r);
                case "MILESTONE" -> b.milestones.computeIfAbsent(number(r[2]), k -> new ArrayList<>()).add(r);
                case "PAYMENT" -> b.payments.computeIfAbsent(number(r[2]), k -> new ArrayList<>())
                        .add(new Payment(number(r[3]), instant(r[5]), (BigDecimal) r[10]));
                default -> throw new IllegalStateException("an OCDS fact of no known kind: " + r[0]);
            }
        }
        built.forEach((id, b) -> out.put(id, b.facts()));
        return out;
    }

    private static final class Builder {
        final List<Amendment> amendments = new ArrayList<>();
        final List<Instant> answers = new ArrayList<>();
        long openedBids;
        final List<Proposal> proposals = new ArrayList<>();
        final Map<Long, Instant> withdrawals = new HashMap<>();
        final List<Object[]> contracts = new ArrayList<>();
        final Map<Long, List<Object[]>> milestones = new HashMap<>();
        final Map<Long, List<Payment>> payments = new HashMap<>();

        Facts facts() {
            amendments.sort(Comparator.comparing(Amendment::at).thenComparingInt(Amendment::number));
            answers.sort(Comparator.naturalOrder());
            proposals.sort(Comparator.comparing(Proposal::proposedAt).thenComparingLong(Proposal::id));
            payments.values().forEach(ps -> ps.sort(Comparator.comparing(Payment::paidAt).thenComparingLong(Payment::id)));
            List<Contract> signed = contracts.stream().sorted(Comparator.comparingLong(r -> number(r[2])))
                    .map(r -> new Contract(number(r[2]), number(r[3]), instant(r[5]), instant(r[6]), instant(r[7]),
                            (BigDecimal) r[10], date(r[11]), date(r[12]), milestones.getOrDefault(number(r[2]), List.of()).stream()
                                    .sorted(Comparator.comparingLong(m -> number(m[4])))
                                    .map(m -> new Milestone(number(m[3]), text(m[8]), date(m[11]), instant(m[5]))).toList()))
                    .toList();
            return new Facts(List.copyOf(amendments), List.copyOf(answers), openedBids, List.copyOf(proposals),
                    Map.copyOf(withdrawals), signed, Map.copyOf(payments));
        }
    }
}
