package org.jiebang.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;

import org.jiebang.account.Organization;
import org.jiebang.account.Role;
import org.jiebang.account.User;
import org.jiebang.platform.persistence.SqlCount;
import org.jiebang.testing.Registrations;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A challenge's keywords live in its row (V016): saved, read with it in its own statement, changed, emptied. */
class ChallengeKeywordsPersistenceTest {

    private static final Map<Kind, EntityManagerFactory> FACTORIES = new ConcurrentHashMap<>();

    private static EntityManagerFactory factory(Kind kind) {
        return FACTORIES.computeIfAbsent(kind, k -> TestDatabases.migrated(k, "jiebang_test_keywords_jpa"));
    }

    @AfterAll
    static void close() {
        FACTORIES.values().forEach(EntityManagerFactory::close);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void keywordsAreKeptReadWithTheirChallengeAndReplaced(Kind kind) {
        long id = TestDatabases.inTransaction(factory(kind), em -> {
            Organization firm = TestDatabases.anOrganization("恒泰能源", Registrations.freshUscc());
            em.persist(firm);
            User user = TestDatabases.anAccount(Registrations.freshUsername("kw"), firm, EnumSet.of(Role.ENTERPRISE));
            em.persist(user);
            em.flush();
            Challenge draft = new Challenge(firm, user.getId(),
                    ChallengeTest.aCompleteForm(ChallengeTest.NOW.plus(Duration.ofDays(30))));
            em.persist(draft);
            em.flush();
            return draft.getId();
        });
        SqlCount.open();
        try {
            List<String> read = TestDatabases.inTransaction(factory(kind), em -> em.find(Challenge.class, id).getKeywords());
            assertEquals(List.of("固态电池", "电解质"), read);
            // (the owner too, here: without the app server's weaving a lazy reference is read at once)
            assertEquals(1, SqlCount.statements().stream().filter(sql -> !sql.contains("FROM organization")).count(),
                    "the keywords come with the row: " + SqlCount.statements());
        } finally {
            SqlCount.close();
        }

        TestDatabases.inTransaction(factory(kind), em -> {
            Challenge challenge = em.find(Challenge.class, id);
            ChallengeForm form = challenge.toForm();
            form.setKeywords(new ArrayList<>(List.of("电解质", "  界面 \"阻抗\" ", "电解质")));
            challenge.edit(form);
            return null;
        });
        assertEquals(List.of("电解质", "界面 \"阻抗\""),
                TestDatabases.inTransaction(factory(kind), em -> em.find(Challenge.class, id).getKeywords()),
                "stripped, without repeats, in the order given");

        TestDatabases.inTransaction(factory(kind), em -> {
            Challenge challenge = em.find(Challenge.class, id);
            ChallengeForm form = challenge.toForm();
            form.setKeywords(new ArrayList<>());
            challenge.edit(form);
            return null;
        });
        assertEquals(List.of(), TestDatabases.inTransaction(factory(kind), em -> em.find(Challenge.class, id).getKeywords()));
    }
}
