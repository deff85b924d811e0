package org.jiebang.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

import org.jiebang.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/** "还剩 3 天 4 小时": the time left to a deadline as the cards and the detail page show it, in both languages. */
class CountdownTest {

    private static final ResourceBundle ZH = ResourceBundle.getBundle(Language.BUNDLE, Locale.CHINA);
    private static final ResourceBundle EN = ResourceBundle.getBundle(Language.BUNDLE, Locale.ENGLISH);

    private static String zh(Duration left) {
        return Countdown.text(ZH, left);
    }

    private static String en(Duration left) {
        return Countdown.text(EN, left);
    }

    @Test
    void daysAndHoursWhileADayIsLeft() {
        assertEquals("还剩 3 天 4 小时", zh(Duration.ofDays(3).plusHours(4).plusMinutes(59)));
        assertEquals("3 days 4 hours left", en(Duration.ofDays(3).plusHours(4)));
        assertEquals("1 day 1 hour left", en(Duration.ofDays(1).plusHours(1)), "in the singular");
        assertEquals("还剩 12 天", zh(Duration.ofDays(12)));
        assertEquals("12 days left", en(Duration.ofDays(12).plusMinutes(30)), "no \"0 hours\"");
    }

    @Test
    void hoursAndMinutesOnTheLastDay() {
        assertEquals("还剩 5 小时 7 分钟", zh(Duration.ofHours(5).plusMinutes(7)));
        assertEquals("5 hours 7 minutes left", en(Duration.ofHours(5).plusMinutes(7)));
        assertEquals("1 hour 1 minute left", en(Duration.ofHours(1).plusMinutes(1)));
        assertEquals("2 hours left", en(Duration.ofHours(2).plusSeconds(30)));
        assertEquals("还剩 2 小时", zh(Duration.ofHours(2)));
    }

    @Test
    void minutesInTheLastHourWithoutZeroHours() {
        assertEquals("还剩 3 分钟", zh(Duration.ofMinutes(3).plusSeconds(10)));
        assertEquals("3 minutes left", en(Duration.ofMinutes(3)));
        assertEquals("1 minute left", en(Duration.ofMinutes(1)));
        assertEquals("不到 1 分钟", zh(Duration.ofSeconds(40)));
        assertEquals("less than a minute left", en(Duration.ofSeconds(40)));
    }

    @Test
    void closedAtTheDeadlineAndAfter() {
        assertEquals("已截止", zh(Duration.ZERO));
        assertEquals("closed", en(Duration.ofSeconds(-5)));
    }
}
