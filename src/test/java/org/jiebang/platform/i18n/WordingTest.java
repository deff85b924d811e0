package org.jiebang.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Lengths of time as people read them: the largest whole unit, never "604,800 seconds". */
class WordingTest {

    @Test
    void aLengthOfTimeIsWordedInItsLargestWholeUnit() {
        assertEquals("7 天", Wording.duration(Duration.ofDays(7), Language.CHINESE));
        assertEquals("7 days", Wording.duration(Duration.ofDays(7), Language.ENGLISH));
        assertEquals("1 day", Wording.duration(Duration.ofDays(1), Language.ENGLISH));
        assertEquals("36 小时", Wording.duration(Duration.ofHours(36), Language.CHINESE));
        assertEquals("90 minutes", Wording.duration(Duration.ofMinutes(90), Language.ENGLISH));
        assertEquals("5 秒", Wording.duration(Duration.ofSeconds(5), Language.CHINESE));
        assertEquals("1 second", Wording.duration(Duration.ofSeconds(1), Language.ENGLISH));
        assertEquals("61 seconds", Wording.duration(Duration.ofSeconds(61), Language.ENGLISH));
    }
}
