package org.jiebang.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.JsonbBuilder;

import org.junit.jupiter.api.Test;

/** SPEC §3: the amendment history shows public changes as objects, confidential ones only as changed. */
class AmendmentViewTest {

    static Amendment anAmendmentOfIndicatorsAndSecrets() {
        Challenge c = ChallengeTest.aPublished(ChallengeTest.NOW.plus(Duration.ofDays(30)));
        ChallengeForm form = c.toForm();
        form.getIndicators().get(0).setTarget("≥ 3000");
        form.setConfidentialDetails("新配方 B");
        Map<String, Object[]> changes = c.amend(form, ChallengeTest.NOW.plus(Duration.ofDays(1)));
        return new Amendment(1L, 1, Instant.now(), "hengtai.zhao", "提高指标", JsonbBuilder.create().toJson(changes), null, null);
    }

    @Test
    void thoseWhoMayNotReadTheDetailsLearnOnlyThatTheyChanged() {
        AmendmentView view = AmendmentView.of(anAmendmentOfIndicatorsAndSecrets(), false);
        assertEquals(Map.of("changed", true), view.changes().get("confidentialDetails"));
        assertFalse(view.toString().contains("新配方"));
        Object before = view.changes().get("indicators").get("before");
        assertTrue(before instanceof List<?> list && list.get(0) instanceof Map<?, ?> indicator
                && "≥ 2000".equals(indicator.get("target")), "indicators as JSON objects: " + before);
        assertEquals(List.of(new AmendmentView.Line("indicators", "循环寿命: ≥ 2000 次 (第三方检测)",
                "循环寿命: ≥ 3000 次 (第三方检测)", false), new AmendmentView.Line("confidentialDetails", null, null, true)),
                view.lines());
    }

    @Test
    void thoseWhoMayReadThemSeeTheChange() {
        AmendmentView view = AmendmentView.of(anAmendmentOfIndicatorsAndSecrets(), true);
        assertEquals("新配方 B", view.changes().get("confidentialDetails").get("after"));
    }
}
