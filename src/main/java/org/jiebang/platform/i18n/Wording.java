package org.jiebang.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A text in both languages, worded by the message bundles (CONVENTIONS: user-facing wording lives
 * in the bundles, not in Java): notifications and their e-mail, receipts. {@code key} names a
 * {@link MessageFormat} pattern in {@code messages_zh_CN.properties} and {@code messages_en.properties}.
 */
public record Wording(String zh, String en) {

    public static Wording of(String key, Object... args) {
        return new Wording(format(Language.CHINESE, key, args), format(Language.ENGLISH, key, args));
    }

    /** The text in one language. */
    public static String format(Locale locale, String key, Object... args) {
        String pattern = ResourceBundle.getBundle(Language.BUNDLE, locale).getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }

    /** A length of time in the largest whole unit that measures it: {@code 7 天}, {@code 7 days}, {@code 90 seconds}. */
    public static String duration(java.time.Duration length, Locale locale) {
        long seconds = length.toSeconds();
        for (var unit : new Object[][] {{86_400L, "duration.days"}, {3_600L, "duration.hours"}, {60L, "duration.minutes"}}) {
            long size = (Long) unit[0];
            if (seconds > 0 && seconds % size == 0) {
                return format(locale, (String) unit[1], seconds / size);
            }
        }
        return format(locale, "duration.seconds", seconds);
    }
}
