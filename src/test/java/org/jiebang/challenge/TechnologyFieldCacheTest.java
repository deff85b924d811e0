package org.jiebang.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;

import org.jiebang.platform.persistence.SqlCount;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The technology fields, a fixed code list, are read once for all persistence contexts (the shared cache). */
class TechnologyFieldCacheTest {

    private static final Map<Kind, EntityManagerFactory> FACTORIES = new ConcurrentHashMap<>();

    private static EntityManagerFactory factory(Kind kind) {
        return FACTORIES.computeIfAbsent(kind, k -> TestDatabases.migrated(k, "jiebang_test_fields"));
    }

    @AfterAll
    static void close() {
        FACTORIES.values().forEach(EntityManagerFactory::close);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFieldIsReadFromTheDatabaseOnce(Kind kind) {
        SqlCount.open();
        try {
            String first = TestDatabases.inTransaction(factory(kind),
                    em -> em.find(TechnologyField.class, "ENERGY_STORAGE").getNameZh());
            int afterFirst = SqlCount.sofar();
            String again = TestDatabases.inTransaction(factory(kind),
                    em -> em.find(TechnologyField.class, "ENERGY_STORAGE").getNameZh());
            assertEquals(first, again);
            assertEquals(1, afterFirst, SqlCount.statements().toString());
            assertEquals(1, SqlCount.sofar(), "the second context found it in the shared cache: " + SqlCount.statements());
            assertNull(TestDatabases.inTransaction(factory(kind), em -> em.find(TechnologyField.class, "NO_SUCH")));
        } finally {
            SqlCount.close();
        }
    }
}
