package org.jiebang.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jiebang.platform.persistence.Page;
import org.junit.jupiter.api.Test;
import org.primefaces.model.LazyDataModel;

/** The tables' lazy model: one read of the source per page shown, and a page past the end shows the last one. */
class LazyPagesTest {

    /** 23 rows; remembers which pages were asked for. */
    private final List<String> asked = new ArrayList<>();
    private List<Integer> rows = IntStream.rangeClosed(1, 23).boxed().toList();

    private Page<Integer> page(int page, int size) {
        asked.add(page + "/" + size);
        int from = Math.min(page * size, rows.size());
        return new Page<>(rows.subList(from, Math.min(from + size, rows.size())), rows.size(), page, size);
    }

    private final LazyDataModel<Integer> model = LazyPages.of(this::page, n -> n);

    @Test
    void aPageIsOneReadOfTheSourceAndSetsTheCount() {
        int counted = model.count(Map.of());
        List<Integer> second = model.load(10, 10, Map.of(), Map.of());
        assertEquals(List.of(11, 12, 13, 14, 15, 16, 17, 18, 19, 20), second);
        assertEquals(23, model.getRowCount());
        assertEquals(List.of("1/10"), asked, "the count waits for the page: " + counted);
        assertEquals("7", model.getRowKey(7));
    }

    @Test
    void aPagePastTheEndShowsTheLastPage() {
        model.count(Map.of());
        model.load(0, 10, Map.of(), Map.of());
        rows = IntStream.rangeClosed(1, 8).boxed().toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), model.load(20, 10, Map.of(), Map.of()));
        assertEquals(8, model.getRowCount());
        assertEquals(List.of("0/10", "2/10", "0/10"), asked);
    }

    @Test
    void anEmptyTableIsReadOnce() {
        rows = List.of();
        assertEquals(List.of(), model.load(0, 10, Map.of(), Map.of()));
        assertEquals(0, model.getRowCount());
        assertEquals(List.of("0/10"), asked);
    }
}
