package org.jiebang.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

    private final UtcInstantConverter converter = new UtcInstantConverter();

    @Test
    void instantsAreWrittenAsUtcTextToTheMicrosecond() {
        assertEquals("2026-11-23 02:03:04.123456",
                converter.convertToDatabaseColumn(Instant.parse("2026-11-23T02:03:04.123456Z")));
        assertEquals("2026-11-23 02:03:04.000000", converter.convertToDatabaseColumn(Instant.parse("2026-11-23T02:03:04Z")));
    }

    @Test
    void whatDriversGiveBackIsRead() {
        Instant expected = Instant.parse("2026-11-23T02:03:04.1Z");
        assertEquals(expected, converter.convertToEntityAttribute("2026-11-23 02:03:04.1"));
        assertEquals(expected, converter.convertToEntityAttribute("2026-11-23T02:03:04.100000"));
        assertEquals(Instant.parse("2026-11-23T02:03:04Z"), converter.convertToEntityAttribute("2026-11-23 02:03:04"));
        assertEquals(expected, converter.convertToEntityAttribute(java.time.LocalDateTime.parse("2026-11-23T02:03:04.1")));
        assertEquals(expected, converter.convertToEntityAttribute(java.sql.Timestamp.valueOf("2026-11-23 02:03:04.1")));
    }

    @Test
    void nullStaysNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
