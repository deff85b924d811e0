package org.jiebang.opendata;

import static org.jiebang.platform.persistence.NativeValues.date;
import static org.jiebang.platform.persistence.NativeValues.instant;
import static org.jiebang.platform.persistence.NativeValues.number;

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

import org.jiebang.bid.BidStatus;

/**
 * The dated facts of one challenge's trace that are not its own row, its awarded bids or its
 * contracts, in one SQL statement (a page's budget is five): the answers and amendments
 * published, the bids opened, the active panel, the award proposals, and each contract's
 * milestones, payments and outcomes. Each kind is a branch of a {@code UNION ALL} with the same
 * columns: kind, contract, two instants, three texts, an amount, a number and a date.
 */
final class TraceFacts {

    record Amendment(Instant at, int number) {
    }

    record Proposal(Instant proposedAt, Instant finalizedAt, String status) {
    }

    record Milestone(String title, String status, Instant acceptedAt, Instant submittedAt) {
    }

    record Payment(Instant paidAt, String source, BigDecimal amount) {
    }

    record Outcome(Instant createdAt, String title, String applicationNumber, String type, BigDecimal amount,
            boolean confirmed, LocalDate date) {
    }

    /** The facts; the lists oldest first, a contract's milestones in their order. */
    record Facts(List<Instant> answers, List<Amendment> amendments, int openedBids, Instant panelFrom, int panelSize,
            List<Proposal> proposals, Map<Long, List<Milestone>> milestones, Map<Long, List<Payment>> payments,
            Map<Long, List<Outcome>> outcomes) {
    }

    private static final String OPENED = BidStatus.OPENED_STATES.stream().map(s -> "'" + s.name() + "'")
            .sorted().collect(Collectors.joining(", "));

    /**
     * The branches: a column a kind does not use is NULL (both databases type a union's column from
     * all its branches; {@code TraceFactsPersistenceTest} reads every kind back on H2 and MariaDB).
     */
    static final String SQL = String.join(" UNION ALL ",
            "SELECT 'QUESTION' AS kind, NULL AS ref, q.answered_at AS at1, NULL AS at2, NULL AS t1, NULL AS t2, NULL AS t3,"
                    + " NULL AS amount, NULL AS n, NULL AS d FROM challenge_question q"
                    + " WHERE q.challenge_id = ?1 AND q.answered_at IS NOT NULL",
            "SELECT 'AMENDMENT', NULL, a.at, NULL, NULL, NULL, NULL, NULL, a.number, NULL FROM challenge_amendment a"
                    + " WHERE a.challenge_id = ?1",
            "SELECT 'OPENED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, COUNT(*), NULL FROM bid b"
                    + " WHERE b.challenge_id = ?1 AND b.status IN (" + OPENED + ")",
            "SELECT 'PANEL', NULL, MIN(p.added_at), NULL, NULL, NULL, NULL, NULL, COUNT(*), NULL FROM panel_member p"
                    + " WHERE p.challenge_id = ?1 AND p.status = 'ACTIVE'",
            "SELECT 'PROPOSAL', NULL, p.proposed_at, p.finalized_at, p.status, NULL, NULL, NULL, p.id, NULL"
                    + " FROM award_proposal p WHERE p.challenge_id = ?1",
            "SELECT 'MILESTONE', m.contract_id, m.accepted_at, m.submitted_at, m.title, m.status, NULL, NULL, m.position, NULL"
                    + " FROM contract_milestone m JOIN contract k ON k.id = m.contract_id WHERE k.challenge_id = ?1",
            "SELECT 'PAYMENT', p.contract_id, p.paid_at, NULL, p.source, NULL, NULL, p.amount, p.id, NULL"
                    + " FROM contract_payment p JOIN contract k ON k.id = p.contract_id WHERE k.challenge_id = ?1",
            "SELECT 'OUTCOME', o.contract_id, o.created_at, NULL, o.title, o.application_number, o.outcome_type, o.amount,"
                    + " CASE WHEN o.confirmed = TRUE THEN 1 ELSE 0 END, o.outcome_date FROM contract_outcome o"
                    + " WHERE o.challenge_id = ?1");

    private TraceFacts() {
    }

    static Facts of(EntityManager em, long challengeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL).setParameter(1, challengeId).getResultList();
        List<Object[]> answers = new ArrayList<>();
        List<Object[]> amendments = new ArrayList<>();
        List<Object[]> proposals = new ArrayList<>();
        Map<Long, List<Object[]>> milestones = new HashMap<>();
        Map<Long, List<Object[]>> payments = new HashMap<>();
        Map<Long, List<Object[]>> outcomes = new HashMap<>();
        int opened = 0;
        Instant panelFrom = null;
        int panelSize = 0;
        for (Object[] r : rows) {
            switch ((String) r[0]) {
                case "QUESTION" -> answers.add(r);
                case "AMENDMENT" -> amendments.add(r);
                case "OPENED" -> opened = (int) number(r[8]);
                case "PANEL" -> {
                    panelSize = (int) number(r[8]);
                    panelFrom = instant(r[2]);
                }
                case "PROPOSAL" -> proposals.add(r);
                case "MILESTONE" -> milestones.computeIfAbsent(number(r[1]), k -> new ArrayList<>()).add(r);
                case "PAYMENT" -> payments.computeIfAbsent(number(r[1]), k -> new ArrayList<>()).add(r);
                case "OUTCOME" -> outcomes.computeIfAbsent(number(r[1]), k -> new ArrayList<>()).add(r);
                default -> throw new IllegalStateException("a trace fact of no known kind: " + r[0]);
            }
        }
        return new Facts(
                sorted(answers, r -> instant(r[2]), r -> 0L).stream().map(r -> instant(r[2])).toList(),
                sorted(amendments, r -> instant(r[2]), r -> number(r[8])).stream()
                        .map(r -> new Amendment(instant(r[2]), (int) number(r[8]))).toList(),
                opened, panelSize == 0 ? null : panelFrom, panelSize,
                sorted(proposals, r -> instant(r[2]), r -> number(r[8])).stream()
                        .map(r -> new Proposal(instant(r[2]), instant(r[3]), (String) r[4])).toList(),
                each(milestones, list -> list.stream().sorted(Comparator.comparingLong(r -> number(r[8])))
                        .map(r -> new Milestone((String) r[4], (String) r[5], instant(r[2]), instant(r[3]))).toList()),
                each(payments, list -> sorted(list, r -> instant(r[2]), r -> number(r[8])).stream()
                        .map(r -> new Payment(instant(r[2]), (String) r[4], (BigDecimal) r[7])).toList()),
                each(outcomes, list -> list.stream().map(r -> new Outcome(instant(r[2]), (String) r[4], (String) r[5],
                        (String) r[6], (BigDecimal) r[7], (int) number(r[8]) == 1, date(r[9])))
                        .sorted(Comparator.comparing(Outcome::date).thenComparing(Outcome::createdAt)).toList()));
    }

    private static List<Object[]> sorted(List<Object[]> rows, java.util.function.Function<Object[], Instant> at,
            java.util.function.ToLongFunction<Object[]> then) {
        return rows.stream().sorted(Comparator.comparing(at).thenComparingLong(then)).toList();
    }

    private static <T> Map<Long, List<T>> each(Map<Long, List<Object[]>> rows, java.util.function.Function<List<Object[]>, List<T>> map) {
        Map<Long, List<T>> out = new HashMap<>();
        rows.forEach((k, v) -> out.put(k, map.apply(v)));
        return out;
    }
}
