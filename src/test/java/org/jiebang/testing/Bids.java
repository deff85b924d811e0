package org.jiebang.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** Bid bodies for the tests, as SPEC §10 names their fields. */
public final class Bids {

    private Bids() {
    }

    /** A complete bid for a challenge made by {@link Challenges#aChallenge} (one indicator, 循环寿命). */
    public static JsonObjectBuilder aBid(String approach, String price) {
        JsonArrayBuilder milestones = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("title", "材料定型").add("deliverable", "配方与检测报告")
                        .add("month", 6).add("share", "40.00"))
                .add(Json.createObjectBuilder().add("title", "中试验证").add("deliverable", "中试报告")
                        .add("month", 18).add("share", "60.00"));
        return Json.createObjectBuilder()
                .add("principal", Json.createObjectBuilder().add("name", "郑海涛").add("title", "研究员")
                        .add("record", "主持国家重点研发计划项目 3 项"))
                .add("members", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "何雨欣")
                        .add("role", "电化学测试").add("organization", "长三角先进材料研究院").add("expertise", "固态电解质")))
                .add("approach", approach)
                .add("indicatorResponses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("indicator", "循环寿命").add("promised", "≥ 2500 次")))
                .add("price", price).add("durationMonths", 18).add("milestones", milestones);
    }
}
