package org.jiebang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jiebang.testing.Api;
import org.jiebang.testing.Api.Answer;
import org.jiebang.testing.OcdsSchema;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.Test;

/**
 * The living demo as a newcomer meets it (SPEC §11 {@code jiebang.demo}, the README's quick start:
 * the embedded H2 database): a market of some thirty challenges in every state, which the hall
 * finds, the notices, the showcase, the statistics and the trace show, whose open data is valid,
 * whose audit log verifies, and which a restart does not load twice.
 */
class DemoIT {

    static final List<String> STATES = List.of("PUBLISHED", "CANCELLED", "EVALUATING", "FAILED", "AWARD_PROPOSED", "AWARDED",
            "IN_EXECUTION", "COMPLETED", "TERMINATED");

    @Test
    void aNewcomerFindsAWorkingMarketLoadedOnce() {
        Map<String, String> env = new HashMap<>();
        env.put("JIEBANG_DEMO", "true");
        env.put("JIEBANG_ADMIN_PASSWORD", "Demo-admin-2026");
        try (RunningApp app = RunningApp.start("demo-h2", RunningApp.shared().port() + 3, env)) {
            Api anonymous = new Api(app);
            JsonObject summary = anonymous.get("/api/v1/stats/summary").json();
            JsonObject byStatus = summary.getJsonObject("challengesByStatus");
            for (String state : STATES) {
                assertTrue(byStatus.getJsonNumber(state).longValue() >= 1, state + " in " + byStatus);
            }
            long posted = summary.getJsonObject("funnel").getJsonNumber("posted").longValue();
            assertTrue(posted >= 28, "some thirty challenges: " + posted);
            assertTrue(summary.getJsonObject("funnel").getJsonNumber("registeredAmount").bigDecimalValue().signum() > 0);
            assertTrue(summary.get("onTimeMilestoneRate").getValueType() == jakarta.json.JsonValue.ValueType.NUMBER);

            Api staff = anonymous.as("staff.li", "jiebang2026");
            assertTrue(staff.get("/api/v1/challenges/review-queue").json().getJsonNumber("total").longValue() >= 2,
                    "challenges waiting for vetting");
            String q = URLEncoder.encode("固态锂电池", StandardCharsets.UTF_8);
            // the search index catches up from the change log every 5 s (also with what was written at start-up)
            long found = 0;
            for (int i = 0; i < 40 && found == 0; i++) {
                found = anonymous.get("/api/v1/challenges?q=" + q).json().getJsonNumber("total").longValue();
                if (found == 0) {
                    RestartIT.sleep(500);
                }
            }
            assertTrue(found >= 1, "the hall's search finds the demo within the index's 5 s");
            assertTrue(anonymous.get("/api/v1/notices").body().contains("大容量储能电芯极片涂布一致性提升"), "a notice running");
            assertTrue(anonymous.get("/api/v1/stats/league").array().size() >= 4, "the research organizations ranked");

            String showcase = anonymous.getAnything("/showcase/list").body();
            assertTrue(showcase.contains("高安全固态锂电池电解质界面改性关键技术攻关") && showcase.contains("长三角先进材料研究院"),
                    "the showcase shows completed challenges and their teams");
            assertTrue(anonymous.getAnything("/stats/view").body().contains("funnelChart"));

            // every published demo challenge: a trace, and open data valid against OCDS 1.1
            int traced = 0;
            for (String state : STATES.stream().filter(s -> !s.equals("CANCELLED")).toList()) { // the hall lists public states
                Answer list = anonymous.get("/api/v1/challenges?size=100&status=" + state);
                for (JsonObject c : list.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                    long id = c.getJsonNumber("id").longValue();
                    Answer ocds = anonymous.get("/api/v1/ocds/challenges/" + id);
                    assertEquals(200, ocds.status(), c.getString("title"));
                    assertEquals("", OcdsSchema.violations(ocds.body()), c.getString("title"));
                    assertFalse(ocds.body().contains("仅签署保密承诺"), "never the confidential details");
                    assertEquals(200, anonymous.get("/api/v1/challenges/" + id + "/trace").status());
                    traced++;
                }
            }
            assertTrue(traced >= 26, "published demo challenges traced: " + traced);
            Answer completed = anonymous.get("/api/v1/challenges?size=100&status=COMPLETED");
            long done = completed.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            String trace = anonymous.get("/api/v1/challenges/" + done + "/trace").body();
            for (String kind : List.of("PUBLISHED", "CLOSED", "PANEL", "NOTICE", "AWARDED", "TEAM", "CONTRACT_SIGNED", "REGISTERED",
                    "MILESTONE_ACCEPTED", "CONTRACT_CLOSED", "OUTCOME")) {
                assertTrue(trace.contains("\"" + kind + "\""), kind + " in the trace of a completed demo challenge");
            }
            assertTrue(staff.get("/api/v1/audit/verify").json().getBoolean("valid"));

            app.stop();
            app.start();
            JsonObject again = new Api(app).get("/api/v1/stats/summary").json();
            assertEquals(posted, again.getJsonObject("funnel").getJsonNumber("posted").longValue(), "loaded once");
        }
    }
}
