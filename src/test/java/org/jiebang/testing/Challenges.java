package org.jiebang.testing;

import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.jiebang.testing.Api.Answer;

/** Challenge bodies and the steps to publish one, for tests. */
public final class Challenges {

    private Challenges() {
    }

    public static JsonObjectBuilder aChallenge(String title, String problem, Instant deadline) {
        JsonArrayBuilder indicators = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("name", "循环寿命").add("target", "≥ 2000").add("unit", "次").add("verification", "第三方检测机构测试"));
        return Json.createObjectBuilder()
                .add("title", title).add("summary", "提高固态电池的循环寿命与安全性")
                .add("background", "公司量产固态电池，界面问题制约良率").add("problem", problem)
                .add("indicators", indicators).add("field", "ENERGY_STORAGE").add("industry", "电池制造")
                .add("region", "330402").add("keywords", Json.createArrayBuilder().add("固态电池").add("electrolyte"))
                .add("budget", "500000.00").add("deadline", deadline.toString()).add("durationMonths", 18)
                .add("ipTerms", "成果归发榜方所有，揭榜方享有署名权").add("confidentialDetails", "内部配方：LLZO 掺杂比例见附件")
                .add("maxAwards", 1).add("evaluation", "SINGLE");
    }

    /** Creates, submits and approves; answers the published challenge. */
    public static JsonObject publish(Api firm, Api staff, JsonObject body) {
        Answer created = firm.post("/api/v1/challenges", body);
        if (created.status() != 201) {
            throw new AssertionError("create: " + created);
        }
        long id = created.json().getJsonNumber("id").longValue();
        Answer submitted = firm.post("/api/v1/challenges/" + id + "/submit", "");
        if (submitted.status() != 200) {
            throw new AssertionError("submit: " + submitted);
        }
        Answer approved = staff.post("/api/v1/challenges/" + id + "/approve", "");
        if (approved.status() != 200) {
            throw new AssertionError("approve: " + approved);
        }
        return approved.json();
    }
}
