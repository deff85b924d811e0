package org.jiebang.contract;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.jiebang.platform.persistence.JsonList;

/**
 * The converters of a contract's and a milestone's small lists, each kept in its owner's row as a
 * JSON array (V018): the acceptance criteria and the measured values (and, as JsonLongs, the evidence) are read
 * whenever their owner is and never queried on their own.
 */
public final class ContractColumns {

    private ContractColumns() {
    }

    /** {@code [{"name","promised","target","unit","verification"}, ...]} in the challenge's order */
    @Converter
    public static class Indicators extends JsonList<ContractIndicator>
            implements AttributeConverter<List<ContractIndicator>, String> {
        public Indicators() {
            super(ContractIndicator[].class);
        }
    }

    /** {@code [{"indicator","measured"}, ...]} in the order submitted */
    @Converter
    public static class Measurements extends JsonList<Measurement> implements AttributeConverter<List<Measurement>, String> {
        public Measurements() {
            super(Measurement[].class);
        }
    }
}
