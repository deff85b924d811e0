package org.jiebang.bid;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.jiebang.platform.persistence.JsonList;

/**
 * The converters of a bid's small lists, each kept in the bid's row as a JSON array (V017): the
 * team, the promised indicator values and the proposed milestones (and, with JsonLongs, the partner
 * organizations) are read whenever the bid is and never queried on their own.
 */
public final class BidColumns {

    private BidColumns() {
    }

    /** {@code [{"expertise","name","organization","role"}, ...]} in the team's order */
    @Converter
    public static class Members extends JsonList<TeamMember> implements AttributeConverter<List<TeamMember>, String> {
        public Members() {
            super(TeamMember[].class);
        }
    }

    /** {@code [{"indicator","promised"}, ...]} in the challenge's order of indicators */
    @Converter
    public static class IndicatorResponses extends JsonList<IndicatorResponse> implements AttributeConverter<List<IndicatorResponse>, String> {
        public IndicatorResponses() {
            super(IndicatorResponse[].class);
        }
    }

    /** {@code [{"deliverable","month","share","title"}, ...]} in the team's order */
    @Converter
    public static class Milestones extends JsonList<ProposedMilestone> implements AttributeConverter<List<ProposedMilestone>, String> {
        public Milestones() {
            super(ProposedMilestone[].class);
        }
    }
}
