package org.jiebang.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.jiebang.contract.ContractViews.FileView;
import org.jiebang.platform.persistence.NativeValues;

/**
 * The names contracts' pages, lists and documents show beside their ids, in one statement: their
 * challenges' titles, their organizations' names and their signers' names; and, for one contract
 * read whole ({@link Own}), its payments, its evidence files and, when asked, its timeline with
 * who did what, in the same statement.
 * <p>
 * One row per fact: its kind, its id, a name, then the columns its kind fills (a NULL where it has
 * none): an amount, three numbers, an instant and two texts.
 */
final class ContractNames {

    /** What one contract adds: its payments always, its timeline when asked, these evidence files. */
    record Own(long contractId, boolean timeline, Collection<Long> fileIds) {
    }

    /** A timeline entry as read: the milestone's title is the caller's to add. */
    record Event(long id, Instant at, String kind, Long milestoneId, Long userId, String who, BigDecimal amount,
            String detail) {
    }

    record Names(Map<Long, String> challengeTitles, Map<Long, String> organizations, Map<Long, String> users,
            List<Payment> payments, List<Event> timeline, Map<Long, FileView> files) {
    }

    private ContractNames() {
    }

    static Names of(EntityManager em, Collection<Long> challengeIds, Collection<Long> organizationIds, Collection<Long> userIds) {
        return of(em, challengeIds, organizationIds, userIds, null);
    }

    static Names of(EntityManager em, Collection<Long> challengeIds, Collection<Long> organizationIds, Collection<Long> userIds,
            Own own) {
        List<String> branches = new ArrayList<>();
        if (own != null) {
            // first, so that the amount, the numbers and the instant take their types from real columns
            branches.add("SELECT 'P' AS kind, p.id AS id, NULL AS name, p.amount AS amount, p.milestone_id AS n1,"
                    + " p.recorded_by AS n2, p.redemption_id AS n3, p.paid_at AS t, p.source AS s1, NULL AS s2"
                    + " FROM contract_payment p WHERE p.contract_id = " + own.contractId());
            if (own.timeline()) {
                branches.add("SELECT 'E', e.id, u.display_name, e.amount, e.milestone_id, e.user_id, NULL, e.happened_at,"
                        + " e.kind, e.detail FROM contract_event e LEFT JOIN app_user u ON u.id = e.user_id"
                        + " WHERE e.contract_id = " + own.contractId());
            }
            String files = listed(own.fileIds());
            if (!files.isEmpty()) {
                branches.add("SELECT 'F', f.id, f.file_name, NULL, f.size_bytes, NULL, NULL, NULL, NULL, NULL"
                        + " FROM stored_file f WHERE f.id IN (" + files + ")");
            }
        }
        String challenges = listed(challengeIds);
        if (!challenges.isEmpty()) {
            branches.add("SELECT 'C', c.id, c.title, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM challenge c"
                    + " WHERE c.id IN (" + challenges + ")");
        }
        String organizations = listed(organizationIds);
        if (!organizations.isEmpty()) {
            branches.add("SELECT 'O', o.id, o.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM organization o"
                    + " WHERE o.id IN (" + organizations + ")");
        }
        String users = listed(userIds);
        if (!users.isEmpty()) {
            branches.add("SELECT 'U', u.id, u.display_name, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM app_user u"
                    + " WHERE u.id IN (" + users + ")");
        }
        Map<Long, String> titles = new HashMap<>();
        Map<Long, String> orgs = new HashMap<>();
        Map<Long, String> people = new HashMap<>();
        List<Payment> payments = new ArrayList<>();
        List<Event> timeline = new ArrayList<>();
        Map<Long, FileView> files = new HashMap<>();
        if (branches.isEmpty()) {
            return new Names(titles, orgs, people, payments, timeline, files);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(String.join(" UNION ALL ", branches)).getResultList();
        for (Object[] r : rows) {
            long id = NativeValues.number(r[1]);
            String name = NativeValues.text(r[2]);
            switch ((String) r[0]) {
                case "C" -> titles.put(id, name);
                case "O" -> orgs.put(id, name);
                case "U" -> people.put(id, name);
                case "P" -> payments.add(Payment.read(id, own.contractId(), NativeValues.number(r[4]), NativeValues.decimal(r[3]),
                        NativeValues.instant(r[7]), NativeValues.number(r[5]),
                        Payment.Source.valueOf(NativeValues.text(r[8]).trim()), r[6] == null ? null : NativeValues.number(r[6])));
                case "E" -> timeline.add(new Event(id, NativeValues.instant(r[7]), NativeValues.text(r[8]),
                        r[4] == null ? null : NativeValues.number(r[4]), r[5] == null ? null : NativeValues.number(r[5]), name,
                        NativeValues.decimal(r[3]), NativeValues.text(r[9])));
                case "F" -> files.put(id, new FileView(id, name, NativeValues.number(r[4])));
                default -> throw new IllegalStateException("a fact of no known kind: " + r[0]);
            }
        }
        // as the contract's pages list them: payments and the timeline oldest first
        payments.sort(Comparator.comparing(Payment::getPaidAt).thenComparing(Payment::getId));
        timeline.sort(Comparator.comparing(Event::at).thenComparing(Event::id));
        return new Names(titles, orgs, people, payments, timeline, files);
    }

    /** Ids written into the statement (numbers only, never text), distinct. */
    private static String listed(Collection<Long> ids) {
        return ids.stream().filter(Objects::nonNull).distinct().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
