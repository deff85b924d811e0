package org.jiebang.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A list's total: counted only when its first page does not hold it all. */
class PageTest {

    @Test
    void aFirstPageThatIsNotFullIsTheWholeList() {
        assertEquals(7, Page.total(0, 20, 7, () -> never("no count for a first page with room left")));
        assertEquals(0, Page.total(0, 20, 0, () -> never("nor for an empty list")));
        assertEquals(3, Page.total(-1, 0, 3, () -> never("a page below 0 is the first, a size of 0 is 20")));
    }

    @Test
    void aFullOrLaterPageIsCounted() {
        assertEquals(41, Page.total(0, 20, 20, () -> 41), "a full first page may have more after it");
        assertEquals(41, Page.total(2, 20, 1, () -> 41), "a later page does not know what came before it");
        assertEquals(250, Page.total(0, 500, 100, () -> 250), "a size over 100 is 100: a page of 100 is full");
    }

    private static long never(String why) {
        throw new AssertionError(why);
    }
}
