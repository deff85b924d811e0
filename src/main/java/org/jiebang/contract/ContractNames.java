package org.jiebang.contract;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

/**
 * The names contracts' pages, lists and documents show beside their ids, in one statement: their
 * challenges' titles, their organizations' names and their signers' names.
 */
final class ContractNames {

    record Names(Map<Long, String> challengeTitles, Map<Long, String> organizations, Map<Long, String> users) {
    }

    private ContractNames() {
    }

    static Names of(EntityManager em, Collection<Long> challengeIds, Collection<Long> organizationIds, Collection<Long> userIds) {
        String challenges = listed(challengeIds);
        if (challenges.isEmpty() && listed(organizationIds).isEmpty() && listed(userIds).isEmpty()) {
            return new Names(Map.of(), Map.of(), Map.of());
        }
        if (challenges.isEmpty()) {
            challenges = "-1";
        }
        StringBuilder sql = new StringBuilder("SELECT 'C' AS kind, c.id AS id, c.title AS name FROM challenge c WHERE c.id IN (")
                .append(challenges).append(")");
        String organizations = listed(organizationIds);
        if (!organizations.isEmpty()) {
            sql.append(" UNION ALL SELECT 'O', o.id, o.name FROM organization o WHERE o.id IN (").append(organizations).append(")");
        }
        String users = listed(userIds);
        if (!users.isEmpty()) {
            sql.append(" UNION ALL SELECT 'U', u.id, u.display_name FROM app_user u WHERE u.id IN (").append(users).append(")");
        }
        Map<Long, String> titles = new HashMap<>();
        Map<Long, String> orgs = new HashMap<>();
        Map<Long, String> people = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql.toString()).getResultList();
        for (Object[] r : rows) {
            long id = ((Number) r[1]).longValue();
            switch ((String) r[0]) {
                case "C" -> titles.put(id, (String) r[2]);
                case "O" -> orgs.put(id, (String) r[2]);
                default -> people.put(id, (String) r[2]);
            }
        }
        return new Names(titles, orgs, people);
    }

    /** Ids written into the statement (numbers only, never text), distinct. */
    private static String listed(Collection<Long> ids) {
        return ids.stream().filter(Objects::nonNull).distinct().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
