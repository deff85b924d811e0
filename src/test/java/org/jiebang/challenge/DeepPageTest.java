package org.jiebang.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deep pages of the hall (issue 13) are found by one pass and a selection instead of a top-N
 * queue as long as everything before them; they must be the very pages a top-N queue would give:
 * each sort's order (with its tie-breaks), no challenge twice, none left out, and no seam where
 * shallow pages end and deep ones begin.
 */
class DeepPageTest {

    @TempDir
    Path dir;

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final int N = 1_500;

    record Doc(long id, long budget, long deadline, long published) {
    }

    @Test
    void everyPageOfEverySortIsTheSliceOfTheWholeOrder() {
        Random random = new Random(13);
        List<Doc> docs = new ArrayList<>();
        List<Integer> minutes = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            minutes.add(i);
        }
        Collections.shuffle(minutes, random);
        try (ChallengeIndex index = new ChallengeIndex(dir)) {
            for (int i = 0; i < N; i++) {
                // few budgets and deadlines, so that ties are many; publication times all differ
                long budget = 100_000L * (1 + random.nextInt(12));
                long deadline = 1 + random.nextInt(9);
                Doc d = new Doc(i + 1, budget, deadline, minutes.get(i));
                docs.add(d);
                index.put(new ChallengeDocument(d.id(), "深页测试 " + i, "摘要", "问题", null, "企业", "制造业",
                        List.of(new Indicator("效率", "≥ 90", "%", "检测")), List.of(), "ENERGY_STORAGE", "330402",
                        ChallengeStatus.PUBLISHED, BigDecimal.valueOf(budget), T0.plusSeconds(deadline * 86_400),
                        T0.plusSeconds(d.published() * 60)));
            }
            index.commit(N);

            Comparator<Doc> newest = Comparator.comparingLong(Doc::published).reversed();
            check(index, "newest", docs, newest);
            check(index, "budget", docs, Comparator.comparingLong(Doc::budget).reversed().thenComparing(newest));
            check(index, "deadline", docs, Comparator.comparingLong(Doc::deadline).thenComparing(newest));

            // by relevance: every match exactly once over all pages, deep ones included
            Set<Long> seen = new HashSet<>();
            int total = 0;
            for (int page = 0; page * 20 < N; page++) {
                List<Long> ids = index.search(query("深页", "relevance", page)).ids();
                total += ids.size();
                seen.addAll(ids);
            }
            assertEquals(N, total);
            assertEquals(N, seen.size());
        }
    }

    private static void check(ChallengeIndex index, String sort, List<Doc> docs, Comparator<Doc> order) {
        List<Long> expected = docs.stream().sorted(order).map(Doc::id).toList();
        assertTrue(ChallengeIndex.DEEP < N - 20, "the test reaches the deep pages");
        for (int page = 0; page * 20 < N; page++) {
            ChallengeIndex.Hits hits = index.search(query(null, sort, page));
            assertEquals(expected.subList(page * 20, Math.min(N, page * 20 + 20)), hits.ids(), sort + " page " + page);
            assertEquals(N, hits.total());
        }
        assertEquals(List.of(), index.search(query(null, sort, N / 20 + 1)).ids(), "past the end: nothing");
    }

    private static ChallengeQuery query(String q, String sort, int page) {
        return new ChallengeQuery(q, null, null, null, null, null, null, null, sort, page, 20);
    }
}
