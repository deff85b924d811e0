package org.jiebang.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChallengeIndexTest {

    @TempDir
    Path dir;

    static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    static ChallengeDocument doc(long id, String title, String summary, String field, String region, String budget,
            ChallengeStatus status, int publishedDay, int deadlineDay, String... keywords) {
        return new ChallengeDocument(id, title, summary, "问题描述", null, "嘉兴恒泰新能源科技有限公司", "制造业",
                List.of(new Indicator("能量密度", "≥ 300", "Wh/kg", "第三方检测")), List.of(keywords), field, region,
                status, new BigDecimal(budget), T0.plusSeconds(deadlineDay * 86400L), T0.plusSeconds(publishedDay * 86400L));
    }

    static Set<Long> ids(ChallengeIndex.Hits hits) {
        return new HashSet<>(hits.ids());
    }

    static ChallengeQuery words(String q) {
        return new ChallengeQuery(q, null, null, null, null, null, null, null, null, 0, 20);
    }

    private ChallengeIndex indexWithThree() {
        ChallengeIndex index = new ChallengeIndex(dir);
        index.put(doc(1, "固态锂电池电解质界面稳定性", "提高固态电池循环寿命", "ENERGY_STORAGE", "330402", "500000",
                ChallengeStatus.PUBLISHED, 1, 30, "固态电池"));
        index.put(doc(2, "动力电池热失控预警算法", "Early warning of thermal runaway in battery packs", "NEW_ENERGY_VEHICLES",
                "330106", "1200000", ChallengeStatus.PUBLISHED, 2, 20));
        index.put(doc(3, "High-precision gear grinding process", "精密齿轮磨削工艺优化", "INTELLIGENT_MANUFACTURING",
                "330212", "800000", ChallengeStatus.EVALUATING, 3, 10));
        index.commit(3);
        return index;
    }

    @Test
    void aTwoCharacterChineseQueryFindsEveryChallengeContainingIt() {
        try (ChallengeIndex index = indexWithThree()) {
            ChallengeIndex.Hits hits = index.search(words("电池"));
            assertEquals(Set.of(1L, 2L), ids(hits));
            assertEquals(2, hits.total());
            assertEquals(Set.of(3L), ids(index.search(words("齿轮"))));
            assertEquals(Set.of(1L), ids(index.search(words("电解质"))));
        }
    }

    @Test
    void anEnglishWordFindsEnglishTextWhateverItsCase() {
        try (ChallengeIndex index = indexWithThree()) {
            assertEquals(Set.of(2L), ids(index.search(words("battery"))));
            assertEquals(Set.of(3L), ids(index.search(words("Grinding"))));
            assertEquals(Set.of(), ids(index.search(words("quantum"))));
        }
    }

    @Test
    void allWordsMustOccur() {
        try (ChallengeIndex index = indexWithThree()) {
            assertEquals(Set.of(2L), ids(index.search(words("电池 预警"))));
        }
    }

    @Test
    void aWordLeftOutOfTheMiddleOfAChineseQueryDoesNotHideAChallenge() {
        try (ChallengeIndex index = indexWithThree()) {
            index.put(doc(4, "储能电站电池热失控早期预警技术", "多参数融合", "ENERGY_STORAGE", "330402", "900000",
                    ChallengeStatus.PUBLISHED, 4, 40));
            index.commit(4);
            assertEquals(Set.of(2L, 4L), ids(index.search(words("热失控预警"))), "早期 left out");
            assertEquals(Set.of(4L), ids(index.search(words("热失控早期预警"))));
            assertEquals(Set.of(), ids(index.search(words("热失控抑制"))), "half a phrase is not enough");
            assertEquals(Set.of(), ids(index.search(words("热失控预警 quantum"))), "every other word must still occur");
            assertEquals(Set.of(), ids(index.search(words("热失控早期预警 齿轮"))), "a Chinese word typed apart must occur too");
        }
    }

    @Test
    void indicatorsKeywordsAndOwnerAreSearchedToo() {
        try (ChallengeIndex index = indexWithThree()) {
            assertEquals(3, index.search(words("能量密度")).total());
            assertEquals(Set.of(1L), ids(index.search(words("固态电池"))));
        }
    }

    @Test
    void filtersNarrowTheList() {
        try (ChallengeIndex index = indexWithThree()) {
            assertEquals(Set.of(1L), ids(index.search(new ChallengeQuery(null, "ENERGY_STORAGE", null, null, null, null,
                    null, null, null, 0, 20))));
            assertEquals(Set.of(1L, 2L, 3L), ids(index.search(new ChallengeQuery(null, null, "330000", null, null, null,
                    null, null, null, 0, 20))), "a province finds its counties");
            assertEquals(Set.of(1L), ids(index.search(new ChallengeQuery(null, null, "330400", null, null, null,
                    null, null, null, 0, 20))));
            assertEquals(Set.of(3L), ids(index.search(new ChallengeQuery(null, null, null, ChallengeStatus.EVALUATING,
                    null, null, null, null, null, 0, 20))));
            assertEquals(Set.of(3L, 2L), ids(index.search(new ChallengeQuery(null, null, null, null,
                    new BigDecimal("600000"), null, null, null, null, 0, 20))));
            assertEquals(Set.of(1L, 3L), ids(index.search(new ChallengeQuery(null, null, null, null,
                    new BigDecimal("500000.00"), new BigDecimal("800000"), null, null, null, 0, 20))));
            assertEquals(Set.of(3L, 2L), ids(index.search(new ChallengeQuery(null, null, null, null, null, null,
                    T0, T0.plusSeconds(25 * 86400L), null, 0, 20))));
        }
    }

    @Test
    void sortsAndPages() {
        try (ChallengeIndex index = indexWithThree()) {
            assertEquals(List.of(3L, 2L, 1L), index.search(ChallengeQuery.all(0, 20)).ids(), "newest first");
            assertEquals(List.of(2L, 3L, 1L), index.search(new ChallengeQuery(null, null, null, null, null, null, null, null,
                    "budget", 0, 20)).ids());
            assertEquals(List.of(3L, 2L, 1L), index.search(new ChallengeQuery(null, null, null, null, null, null, null, null,
                    "deadline", 0, 20)).ids());
            ChallengeIndex.Hits second = index.search(ChallengeQuery.all(1, 2));
            assertEquals(List.of(1L), second.ids());
            assertEquals(3, second.total());
        }
    }

    @Test
    void aChallengeThatIsNoLongerPublicLeavesTheIndex() {
        try (ChallengeIndex index = indexWithThree()) {
            index.put(doc(1, "固态锂电池电解质界面稳定性", "", "ENERGY_STORAGE", "330402", "1", ChallengeStatus.CANCELLED,
                    1, 30));
            index.put(doc(9, "草稿电池", "", "ENERGY_STORAGE", "330402", "1", ChallengeStatus.DRAFT, 1, 30));
            index.commit(5);
            assertEquals(Set.of(2L), ids(index.search(words("电池"))));
        }
    }

    @Test
    void theIndexAndItsPlaceInTheChangeLogSurviveAReopen() {
        indexWithThree().close();
        try (ChallengeIndex reopened = new ChallengeIndex(dir)) {
            assertEquals(3, reopened.lastSeq());
            assertEquals(2, reopened.search(words("电池")).total());
        }
    }

    @Test
    void punctuationAloneFindsNothing() {
        try (ChallengeIndex index = indexWithThree()) {
            assertEquals(0, index.search(words("，。!")).total());
            assertTrue(index.terms("锂电池").containsAll(List.of("锂电", "电池")));
        }
    }
}
