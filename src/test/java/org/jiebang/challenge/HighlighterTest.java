package org.jiebang.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jiebang.challenge.web.Highlighter;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    @Test
    void termsAreMarkedAndOverlappingBigramsJoin() {
        assertEquals("固态<mark>锂电池</mark>攻关", Highlighter.highlight("固态锂电池攻关", List.of("锂电", "电池")));
    }

    @Test
    void englishIsMarkedWhateverItsCase() {
        assertEquals("<mark>Battery</mark> pack", Highlighter.highlight("Battery pack", List.of("battery")));
    }

    @Test
    void theTextIsEscapedSoAPayloadStaysText() {
        assertEquals("&lt;script&gt;alert(&#39;<mark>电池</mark>&#39;)&lt;/script&gt;",
                Highlighter.highlight("<script>alert('电池')</script>", List.of("电池")));
    }

    @Test
    void withoutTermsTheTextIsOnlyEscaped() {
        assertEquals("a &amp; b", Highlighter.highlight("a & b", List.of()));
        assertEquals("", Highlighter.highlight(null, List.of("x")));
    }
}
