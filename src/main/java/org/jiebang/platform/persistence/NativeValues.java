package org.jiebang.platform.persistence;

import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The values of a native query's row as Java reads them, whichever database answered: instants
 * stored in UTC, dates, numbers, and texts that a union with a long text may answer as a CLOB.
 */
public final class NativeValues {

    private static final UtcInstantConverter UTC = new UtcInstantConverter();

    private NativeValues() {
    }

    /** An instant stored in UTC, or null. */
    public static Instant instant(Object value) {
        return UTC.convertToEntityAttribute(value);
    }

    /** A number that is there. */
    public static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** An amount, or null. */
    public static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    /** A date, or null. */
    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return value instanceof LocalDate l ? l : LocalDate.parse(value.toString().substring(0, 10));
    }

    /** A text, or null; read whole when it comes as a CLOB. */
    public static String text(Object value) {
        if (value instanceof Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException("could not read a text column", e);
            }
        }
        return (String) value;
    }
}
