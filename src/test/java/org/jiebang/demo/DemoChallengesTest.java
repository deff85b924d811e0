package org.jiebang.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jiebang.contract.IndicatorCheck;
import org.jiebang.platform.region.Regions;
import org.junit.jupiter.api.Test;

/** The demo market as the README promises it: every state, real regions, sound indicators, distinct bidders. */
class DemoChallengesTest {

    static final Set<String> FIELDS = Set.of("NEW_MATERIALS", "NEW_ENERGY", "ENERGY_STORAGE", "INTELLIGENT_MANUFACTURING",
            "INTEGRATED_CIRCUITS", "ARTIFICIAL_INTELLIGENCE", "SOFTWARE", "BIOMEDICINE", "MEDICAL_DEVICES", "NEW_ENERGY_VEHICLES",
            "AEROSPACE", "MARINE", "ENVIRONMENT", "AGRICULTURE", "TEXTILES", "FINE_CHEMICALS", "PHOTONICS", "OTHER");

    @Test
    void thirtyOneChallengesInEveryStateAsTheReadmeCountsThem() {
        List<DemoMarket.Spec> all = DemoChallenges.ALL;
        assertEquals(31, all.size());
        var byState = all.stream().collect(Collectors.groupingBy(DemoMarket.Spec::state, Collectors.counting()));
        assertEquals(java.util.Map.of("PENDING_REVIEW", 2L, "PUBLISHED", 8L, "CANCELLED", 1L, "EVALUATING", 3L, "FAILED", 2L,
                "AWARD_PROPOSED", 2L, "AWARDED", 2L, "IN_EXECUTION", 6L, "COMPLETED", 4L, "TERMINATED", 1L), byState);
        assertEquals(all.size(), all.stream().map(DemoMarket.Spec::title).distinct().count(), "titles are unique: the first marks the demo");
        assertTrue(all.stream().map(DemoMarket.Spec::field).distinct().count() >= 10, "across fields");
    }

    @Test
    void everyChallengeHasARealRegionAKnownFieldSoundIndicatorsAndDistinctKnownBidders() {
        for (DemoMarket.Spec s : DemoChallenges.ALL) {
            assertTrue(Regions.isValid(s.region()), s.region());
            assertTrue(FIELDS.contains(s.field()), s.field());
            assertFalse(s.indicators().isEmpty(), s.title());
            for (String line : s.indicators()) {
                String[] p = line.split("\\|");
                assertEquals(4, p.length, line);
                // a target that is no comparison (≥ V-0) is left to the firm to judge: never "not met"
                assertFalse(Boolean.FALSE.equals(IndicatorCheck.met(p[1], DemoChallenges.promise(p[1]))), "the promise meets " + p[1]);
            }
            assertEquals(s.bidders().size(), new HashSet<>(s.bidders()).size(), "one bid per organization: " + s.title());
            s.bidders().forEach(b -> assertTrue(DemoChallenges.PRINCIPALS.containsKey(b) && DemoChallenges.orgName(b) != null, b));
            boolean needsBids = List.of("EVALUATING", "AWARD_PROPOSED", "AWARDED", "IN_EXECUTION", "COMPLETED", "TERMINATED")
                    .contains(s.state());
            assertTrue(!needsBids || !s.bidders().isEmpty(), "a challenge past the close without a bid would have failed: " + s.title());
            assertTrue(!s.state().equals("AWARD_PROPOSED") || s.bidders().size() >= 1, s.title());
        }
    }

    @Test
    void measuredValuesMostlyMeetTheTargetAndPatentTitlesReadAsInventions() {
        assertEquals(Boolean.TRUE, IndicatorCheck.met("≥ 3000", DemoChallenges.measured("≥ 3000", 1)));
        assertEquals(Boolean.FALSE, IndicatorCheck.met("≥ 3000", DemoChallenges.measured("≥ 3000", 4)), "one in five just misses");
        assertEquals(Boolean.TRUE, IndicatorCheck.met("≤ 5", DemoChallenges.measured("≤ 5", 2)));
        assertEquals("一种高安全固态锂电池电解质界面改性方法", DemoChallenges.patentTitle(DemoChallenges.ALL.get(0)));
    }
}
