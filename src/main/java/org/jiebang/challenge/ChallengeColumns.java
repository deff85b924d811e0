package org.jiebang.challenge;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.jiebang.platform.persistence.JsonList;

/**
 * The converter of a challenge's indicators, kept in the challenge's row as a JSON array (V019), as
 * its keywords are (JsonStrings): read whenever the challenge is and never queried on their own.
 */
public final class ChallengeColumns {

    private ChallengeColumns() {
    }

    /** {@code [{"name","target","unit","verification"}, ...]} in the challenge's order */
    @Converter
    public static class Indicators extends JsonList<Indicator> implements AttributeConverter<List<Indicator>, String> {
        public Indicators() {
            super(Indicator[].class);
        }
    }
}
