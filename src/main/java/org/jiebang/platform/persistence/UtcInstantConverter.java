package org.jiebang.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * SPEC §12: times are stored in UTC, in {@code DATETIME(6)} columns, to the microsecond.
 * <p>
 * Every {@link Instant} is bound as the text {@code 2026-11-23 02:03:04.123456} (UTC), which H2,
 * MySQL and MariaDB all read into a {@code DATETIME(6)} exactly. Binding a timestamp object instead
 * loses the fraction on MariaDB 10.x: it announces itself as {@code 5.5.5-10.x} to MySQL
 * Connector/J, which then believes the server keeps no fractional seconds and drops them. (Payara's
 * EclipseLink would also serialize a bare Instant as bytes.) Reading takes what the drivers give
 * back: a {@code LocalDateTime} (Connector/J), a {@code Timestamp} (H2; its wall-clock fields are the
 * stored UTC time) or text.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, Object> {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    @Override
    public Object convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : WRITE.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public Instant convertToEntityAttribute(Object utc) {
        if (utc == null) {
            return null;
        }
        if (utc instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (utc instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return LocalDateTime.parse(utc.toString().replace('T', ' '), READ).toInstant(ZoneOffset.UTC);
    }
}
