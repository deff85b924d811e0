package org.jiebang.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.platform.config.Clocks;
import org.jiebang.platform.i18n.Language;
import org.jiebang.platform.i18n.Wording;

/**
 * How pages write times and money (DESIGN.md): times in Asia/Shanghai as {@code 2026-11-23 14:05},
 * bounties on cards in 万元 ({@code 50.00万元}), full amounts as {@code ¥500,000.00}.
 */
@Named
@ApplicationScoped
public class Formats {

    /** The page's language (a request-scoped bean: each call reads the current request's). */
    @Inject
    Language language;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Clocks.DISPLAY_ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Clocks.DISPLAY_ZONE);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** {@code 500000} → {@code ¥500,000.00} */
    public String yuan(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "¥" + format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A file size for people: {@code 1.2 MB}, {@code 350 KB}. */
    public String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }

    /** A rate as a share: {@code 0.2500} → {@code 25.0%}; a dash when there is none yet. */
    public String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * A bundle text with its arguments, in the page's language, for texts a page builds from what it
     * shows (a confirmation naming what will be sent): {@code #{formats.text('key', [a, b])}}.
     */
    public String text(String key, List<?> args) {
        return Wording.format(language.getLocale(), key, args.toArray());
    }

    /** The largest file an upload takes, for the page to refuse a larger one before sending it. */
    public long uploadLimit() {
        return org.jiebang.platform.storage.FileStore.MAX_BYTES;
    }

    /** Names in a sentence: {@code 甲、乙} in Chinese, {@code A, B} in English. */
    public String joined(List<?> names) {
        return names.stream().map(String::valueOf).collect(Collectors.joining(language.isEnglish() ? ", " : "、"));
    }

    /** {@code 500000} → {@code 50.00万元} on a Chinese page; the full amount ({@code ¥500,000.00}) on an English one. */
    public String wan(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return language.isEnglish() ? yuan(amount) : amount.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP).toPlainString() + "万元";
    }
}
