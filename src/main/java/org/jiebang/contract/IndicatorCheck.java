package org.jiebang.contract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a measured value meets an indicator's target, when the target is a comparison the
 * platform can read: {@code ≥ 300}, {@code >=300}, {@code > 5}, {@code ≤ 0.5}, {@code < 5},
 * {@code 不低于 300}, {@code 不超过 5}, {@code 300 以上}, {@code 5 以下}, or a range {@code 100–200}
 * ({@code -}, {@code ~}, {@code ～}, {@code 至}). Anything else (a bare number, words) cannot be
 * decided here and answers {@code null}: the firm judges it when it accepts the milestone.
 */
public final class IndicatorCheck {

    private static final String NUMBER = "([-+]?\\d+(?:\\.\\d+)?)";
    private static final Pattern FIRST_NUMBER = Pattern.compile(NUMBER);
    private static final Pattern PREFIXED = Pattern.compile("^\\s*(≥|>=|＞=|≧|>|＞|≤|<=|≦|<|＜|=|不低于|不少于|不小于|大于等于|"
            + "至少|不高于|不超过|不大于|不多于|小于等于|至多|最多|大于|高于|超过|小于|低于)\\s*" + NUMBER);
    private static final Pattern SUFFIXED = Pattern.compile("^\\s*" + NUMBER + "[^\\d]*?(以上|以下|及以上|及以下)\\s*$");
    private static final Pattern RANGE = Pattern.compile("^\\s*" + NUMBER + "\\s*[^\\d\\s]*\\s*(?:-|–|—|~|～|至|到)\\s*" + NUMBER);

    private IndicatorCheck() {
    }

    /** true or false when the target is a comparison and the measured value a number; else null. */
    public static Boolean met(String target, String measured) {
        BigDecimal value = firstNumber(measured);
        if (target == null || value == null) {
            return null;
        }
        Matcher m = PREFIXED.matcher(target);
        if (m.find()) {
            BigDecimal bound = new BigDecimal(m.group(2));
            int c = value.compareTo(bound);
            return switch (m.group(1)) {
                case "≥", ">=", "＞=", "≧", "不低于", "不少于", "不小于", "大于等于", "至少" -> c >= 0;
                case "≤", "<=", "≦", "不高于", "不超过", "不大于", "不多于", "小于等于", "至多", "最多" -> c <= 0;
                case ">", "＞", "大于", "高于", "超过" -> c > 0;
                case "<", "＜", "小于", "低于" -> c < 0;
                default -> c == 0;
            };
        }
        Matcher s = SUFFIXED.matcher(target);
        if (s.find()) {
            int c = value.compareTo(new BigDecimal(s.group(1)));
            return s.group(2).endsWith("以上") ? c >= 0 : c <= 0;
        }
        Matcher r = RANGE.matcher(target);
        if (r.find()) {
            BigDecimal low = new BigDecimal(r.group(1));
            BigDecimal high = new BigDecimal(r.group(2));
            return value.compareTo(low.min(high)) >= 0 && value.compareTo(low.max(high)) <= 0;
        }
        return null;
    }

    static BigDecimal firstNumber(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FIRST_NUMBER.matcher(text.replace(",", ""));
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }
}
