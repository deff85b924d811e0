package org.jiebang.it;

import static org.jiebang.testing.Bids.aBid;
import static org.jiebang.testing.Challenges.aChallenge;
import static org.jiebang.testing.Challenges.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.Api.Answer;
import org.jiebang.testing.MailServer;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Expert review and award through the running app (SPEC §5, §10): panel, conflicts, scores,
 * ranking, proposal, public notice, objections, the final award and feedback. Each test owns its
 * challenge, which closes a few seconds after it is published; the notice lasts
 * {@link RunningApp#NOTICE_SECONDS}.
 */
class ReviewApiIT {

    static RunningApp app;
    static Api anonymous;
    static Api firm;
    static Api staff;
    static Api team;
    static Api other;
    static Map<String, Api> experts;
    static long partner;

    @BeforeAll
    static void start() {
        app = RunningApp.shared();
        anonymous = new Api(app);
        firm = anonymous.as("hengtai.zhao", DemoAccounts.PASSWORD);
        staff = anonymous.as("staff.li", DemoAccounts.PASSWORD);
        team = anonymous.as("yrdam.zheng", DemoAccounts.PASSWORD);
        other = anonymous.as("esslab.huang", DemoAccounts.PASSWORD);
        experts = Map.of("expert.chen", anonymous.as("expert.chen", DemoAccounts.PASSWORD),
                "expert.zhang", anonymous.as("expert.zhang", DemoAccounts.PASSWORD),
                "expert.wu", anonymous.as("expert.wu", DemoAccounts.PASSWORD));
        Api conflicted = anonymous.as("zbut.liu", DemoAccounts.PASSWORD);
        partner = conflicted.get("/api/v1/users/me").json().getJsonNumber("organizationId").longValue();
        // the pool: three experts of the field, and one from the partner organization of every team bid here
        for (Map.Entry<String, Api> e : experts.entrySet()) {
            profile(e.getValue(), "ENERGY_STORAGE");
        }
        profile(conflicted, "ENERGY_STORAGE");
    }

    static void profile(Api expert, String field) {
        long id = expert.get("/api/v1/users/me").json().getJsonNumber("id").longValue();
        Answer saved = expert.put("/api/v1/users/" + id + "/expert-profile", Json.createObjectBuilder()
                .add("fields", Json.createArrayBuilder().add(field)).add("title", "研究员").add("record", "储能材料评审经历").build());
        assertEquals(200, saved.status(), saved::toString);
    }

    record Setup(long challenge, long teamBid, long otherBid) {
    }

    /** A challenge with two submitted bids (the team's names the partner), closed and evaluating. */
    static Setup evaluating(String title, String evaluation, int maxAwards) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(RunningApp.MIN_BIDDING_SECONDS + 4);
        long challenge = publish(firm, staff, aChallenge(title, "问题", deadline).add("evaluation", evaluation)
                .add("maxAwards", maxAwards).build()).getJsonNumber("id").longValue();
        long teamBid = submitted(team, challenge, Json.createObjectBuilder(aBid("<p>团队方案</p>", "800000.00").build())
                .add("partnerOrganizationIds", Json.createArrayBuilder().add(partner)));
        long otherBid = submitted(other, challenge, Json.createObjectBuilder(aBid("<p>另一方案</p>", "1000000.00").build()));
        assertEquals(404, staff.get("/api/v1/challenges/" + challenge + "/panel").status(), "no panel before the close");
        awaitStatus(challenge, "EVALUATING", deadline.plusSeconds(90));
        return new Setup(challenge, teamBid, otherBid);
    }

    static long submitted(Api bidder, long challenge, JsonObjectBuilder body) {
        Answer created = bidder.post("/api/v1/challenges/" + challenge + "/bids", body.build());
        assertEquals(201, created.status(), created::toString);
        long bid = created.json().getJsonNumber("id").longValue();
        assertEquals(200, bidder.post("/api/v1/bids/" + bid + "/submit", "").status());
        return bid;
    }

    static void awaitStatus(long challenge, String status, Instant until) throws InterruptedException {
        while (!status.equals(anonymous.get("/api/v1/challenges/" + challenge).json().getString("status"))) {
            assertTrue(Instant.now().isBefore(until), "the challenge reaches " + status);
            Thread.sleep(500);
        }
    }

    static JsonObject marks(int technical, int team, int price, int schedule, int commercialization) {
        JsonObjectBuilder criteria = Json.createObjectBuilder();
        int[] scores = { technical, team, price, schedule, commercialization };
        String[] names = { "technical", "team", "price", "schedule", "commercialization" };
        for (int i = 0; i < names.length; i++) {
            criteria.add(names[i], Json.createObjectBuilder().add("score", scores[i]).add("comment", names[i] + " 意见"));
        }
        return criteria.build();
    }

    static Answer score(Api expert, long bid, JsonObject criteria, boolean submit) {
        return expert.post("/api/v1/bids/" + bid + "/scores", Json.createObjectBuilder().add("noConflict", true)
                .add("criteria", criteria).add("submit", submit).build());
    }

    static void drawThree(long challenge) {
        Answer drawn = staff.post("/api/v1/challenges/" + challenge + "/panel/draw", "{\"count\":3}");
        assertEquals(200, drawn.status(), drawn::toString);
        assertEquals(3, drawn.json().getJsonArray("members").size());
    }

    static List<JsonObject> items(JsonObject ranking) {
        return ranking.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    @Test
    void aPanelIsDrawnScoresAreRankedTheAwardIsNoticedObjectedToAndMadeFinal() throws InterruptedException {
        Setup s = evaluating("评审全流程测试", "SINGLE", 1);
        JsonObject panel = staff.get("/api/v1/challenges/" + s.challenge() + "/panel").json();
        List<String> candidates = panel.getJsonArray("candidates").stream()
                .map(c -> c.asJsonObject().getString("username")).sorted().toList();
        assertEquals(List.of("expert.chen", "expert.wu", "expert.zhang"), candidates,
                "experts of the field, without the partner organization's");
        assertEquals(403, firm.get("/api/v1/challenges/" + s.challenge() + "/panel").status());
        drawThree(s.challenge());
        Answer again = staff.post("/api/v1/challenges/" + s.challenge() + "/panel/draw", "{\"count\":1}");
        assertEquals(409, again.status(), "the pool is used up: " + again);
        assertEquals("NOT_ENOUGH_EXPERTS", again.json().getString("error"));

        Api chen = experts.get("expert.chen");
        assertEquals(200, chen.get("/api/v1/bids/" + s.teamBid()).status(), "a panel expert reads the opened bid");
        assertEquals(404, anonymous.as("zbut.liu", DemoAccounts.PASSWORD).get("/api/v1/bids/" + s.teamBid()).status(),
                "an expert of a partner organization never");
        Answer undeclared = chen.post("/api/v1/bids/" + s.teamBid() + "/scores", Json.createObjectBuilder()
                .add("criteria", marks(80, 70, 60, 90, 50)).build());
        assertEquals(400, undeclared.status(), "conflicts are declared first: " + undeclared);
        Answer outOfRange = score(chen, s.teamBid(), marks(101, 70, 60, 90, 50), false);
        assertEquals(400, outOfRange.status());
        assertEquals("criteria.technical.score", outOfRange.json().getString("field"));

        // team bid: 72.50, 80.50, 71.00 → 74.67; other bid: 60.00 from each → 60.00
        assertEquals(200, score(chen, s.teamBid(), marks(80, 70, 60, 90, 50), false).status(), "a draft");
        assertEquals(200, score(chen, s.teamBid(), marks(80, 70, 60, 90, 50), true).status(), "submitted");
        assertEquals(409, score(chen, s.teamBid(), marks(10, 10, 10, 10, 10), true).status(), "read-only once submitted");
        assertEquals(409, staff.get("/api/v1/bids/" + s.teamBid() + "/scores").status(), "staff wait for every score");
        JsonObject own = chen.get("/api/v1/bids/" + s.teamBid() + "/scores").json();
        assertEquals(1, own.getJsonArray("scores").size(), "an expert sees its own scores only");
        assertEquals(200, score(experts.get("expert.zhang"), s.teamBid(), marks(90, 80, 70, 80, 60), true).status());
        assertEquals(200, score(experts.get("expert.wu"), s.teamBid(), marks(70, 60, 80, 70, 90), true).status());
        for (Api expert : experts.values()) {
            assertEquals(200, score(expert, s.otherBid(), marks(60, 60, 60, 60, 60), true).status());
        }

        JsonObject ranking = staff.get("/api/v1/challenges/" + s.challenge() + "/ranking").json();
        assertTrue(ranking.getBoolean("complete"));
        List<JsonObject> ranked = items(ranking);
        assertEquals(s.teamBid(), ranked.get(0).getJsonNumber("bidId").longValue());
        assertEquals(new BigDecimal("74.67"), ranked.get(0).getJsonNumber("aggregate").bigDecimalValue());
        assertEquals(1, ranked.get(0).getInt("rank"));
        assertEquals(new BigDecimal("60.00"), ranked.get(1).getJsonNumber("aggregate").bigDecimalValue());
        assertEquals(2, ranked.get(1).getInt("rank"));
        assertEquals(403, firm.get("/api/v1/challenges/" + s.challenge() + "/ranking").status());
        assertEquals(3, staff.get("/api/v1/bids/" + s.teamBid() + "/scores").json().getJsonArray("scores").size(),
                "staff see every score, with names, once all are in");

        Answer departing = staff.post("/api/v1/challenges/" + s.challenge() + "/award-proposal",
                Json.createObjectBuilder().add("bidIds", Json.createArrayBuilder().add(s.otherBid())).build());
        assertEquals(422, departing.status(), departing::toString);
        assertEquals("JUSTIFICATION_REQUIRED", departing.json().getString("error"));
        Answer tooMany = staff.post("/api/v1/challenges/" + s.challenge() + "/award-proposal", Json.createObjectBuilder()
                .add("bidIds", Json.createArrayBuilder().add(s.teamBid()).add(s.otherBid())).add("justification", "两家").build());
        assertEquals(422, tooMany.status(), "maxAwards is 1: " + tooMany);
        Answer proposed = staff.post("/api/v1/challenges/" + s.challenge() + "/award-proposal",
                Json.createObjectBuilder().add("bidIds", Json.createArrayBuilder().add(s.teamBid())).build());
        assertEquals(200, proposed.status(), proposed::toString);
        assertEquals("AWARD_PROPOSED", anonymous.get("/api/v1/challenges/" + s.challenge()).json().getString("status"));
        Answer early = staff.post("/api/v1/challenges/" + s.challenge() + "/award", "");
        assertEquals(409, early.status(), "not before the notice ends: " + early);
        assertEquals("NOTICE_RUNNING", early.json().getString("error"));

        Answer notice = anonymous.get("/api/v1/notices/" + s.challenge());
        assertEquals(200, notice.status());
        assertEquals("长三角先进材料研究院", notice.json().getJsonArray("winners").getJsonObject(0).getString("organizationName"));
        assertEquals("郑海涛", notice.json().getJsonArray("winners").getJsonObject(0).getString("principalName"));
        assertFalse(notice.body().contains("陈志远") || notice.body().contains("expert.") || notice.body().contains("aggregate"),
                "no expert names, no scores: " + notice.body());
        assertTrue(anonymous.get("/api/v1/notices").body().contains("评审全流程测试"), "listed among the notices");

        assertEquals(403, firm.post("/api/v1/challenges/" + s.challenge() + "/objections", Json.createObjectBuilder()
                .add("bidId", s.teamBid()).add("reason", "企业不能异议").build()).status(), "only bidders object");
        Answer objection = other.post("/api/v1/challenges/" + s.challenge() + "/objections", Json.createObjectBuilder()
                .add("bidId", s.teamBid()).add("reason", "中标方的循环寿命承诺缺少检测依据").build());
        assertEquals(201, objection.status(), objection::toString);
        long oid = objection.json().getJsonNumber("id").longValue();
        Answer dismissNoReason = staff.post("/api/v1/challenges/" + s.challenge() + "/objections/" + oid + "/resolution",
                "{\"upheld\":false}");
        assertEquals(422, dismissNoReason.status(), "a dismissal names its reason");
        Answer dismissed = staff.post("/api/v1/challenges/" + s.challenge() + "/objections/" + oid + "/resolution",
                Json.createObjectBuilder().add("upheld", false).add("reason", "检测依据已在附件中提供").build());
        assertEquals(200, dismissed.status(), dismissed::toString);
        assertTrue(other.get("/api/v1/users/me/notifications?size=50").body().contains("检测依据已在附件中提供"),
                "the objector reads why");
        String publicNotice = anonymous.get("/api/v1/notices/" + s.challenge()).body();
        assertTrue(publicNotice.contains("中标方的循环寿命承诺缺少检测依据") && publicNotice.contains("DISMISSED"),
                "the notice lists the objection and its resolution");
        assertFalse(publicNotice.contains("esslab") || publicNotice.contains("黄志明") || publicNotice.contains("新型储能与电池安全"),
                "without the objector");

        Instant noticeEnds = Instant.parse(proposed.json().getString("noticeEndsAt"));
        while (!Instant.now().isAfter(noticeEnds.plusMillis(500))) {
            Thread.sleep(250);
        }
        Answer awarded = staff.post("/api/v1/challenges/" + s.challenge() + "/award", "");
        assertEquals(200, awarded.status(), awarded::toString);
        assertEquals("AWARDED", anonymous.get("/api/v1/challenges/" + s.challenge()).json().getString("status"));
        assertEquals("AWARDED", team.get("/api/v1/bids/" + s.teamBid()).json().getString("status"));
        assertEquals("NOT_AWARDED", other.get("/api/v1/bids/" + s.otherBid()).json().getString("status"));
        assertTrue(firm.get("/api/v1/users/me/notifications?size=50").body().contains("CHALLENGE_AWARDED"), "the firm is told");
        MailServer.await(m -> m.body().contains("评审全流程测试") && m.body().contains("揭榜结果已确定"), Duration.ofSeconds(60));

        JsonObject feedback = other.get("/api/v1/bids/" + s.otherBid() + "/scores").json().getJsonObject("feedback");
        assertEquals(2, feedback.getInt("rank"));
        assertEquals(new BigDecimal("60.00"), feedback.getJsonNumber("aggregate").bigDecimalValue());
        assertEquals(new BigDecimal("74.67"), feedback.getJsonNumber("winningAggregate").bigDecimalValue());
        assertEquals(3, feedback.getJsonArray("experts").size(), "every expert's marks and comments");
        String feedbackText = other.get("/api/v1/bids/" + s.otherBid() + "/scores").body();
        assertFalse(feedbackText.contains("陈志远") || feedbackText.contains("expert.") || feedbackText.contains("expertId"),
                "never the experts' names: " + feedbackText);
        assertEquals(404, other.get("/api/v1/bids/" + s.teamBid() + "/scores").status(), "only its own feedback");
    }

    @Test
    void anUpheldObjectionSendsTheChallengeBackToEvaluationAndAConflictTakesAnExpertOffABid() throws InterruptedException {
        Setup s = evaluating("异议成立测试", "SINGLE", 1);
        drawThree(s.challenge());
        Api wu = experts.get("expert.wu");
        Answer conflict = wu.post("/api/v1/bids/" + s.otherBid() + "/scores", "{\"noConflict\":false}");
        assertEquals(200, conflict.status(), conflict::toString);
        assertEquals("CONFLICT", conflict.json().getString("status"));
        assertEquals(404, wu.get("/api/v1/bids/" + s.otherBid()).status(), "off that bid");
        assertTrue(staff.get("/api/v1/users/me/notifications?size=50").body().contains("CONFLICT_DECLARED"), "staff are told");
        for (Api expert : experts.values()) {
            assertEquals(200, score(expert, s.teamBid(), marks(80, 80, 80, 80, 80), true).status());
        }
        assertEquals(200, score(experts.get("expert.chen"), s.otherBid(), marks(70, 70, 70, 70, 70), true).status());
        JsonObject ranking = staff.get("/api/v1/challenges/" + s.challenge() + "/ranking").json();
        assertFalse(ranking.getBoolean("complete"), "zhang has not scored the other bid yet");
        assertEquals(409, staff.post("/api/v1/challenges/" + s.challenge() + "/award-proposal", Json.createObjectBuilder()
                .add("bidIds", Json.createArrayBuilder().add(s.teamBid())).build()).status(), "not before every score is in");
        assertEquals(200, score(experts.get("expert.zhang"), s.otherBid(), marks(72, 72, 72, 72, 72), true).status());
        assertTrue(staff.get("/api/v1/challenges/" + s.challenge() + "/ranking").json().getBoolean("complete"),
                "complete without the expert who declared a conflict");

        assertEquals(200, staff.post("/api/v1/challenges/" + s.challenge() + "/award-proposal", Json.createObjectBuilder()
                .add("bidIds", Json.createArrayBuilder().add(s.teamBid())).build()).status());
        long oid = other.post("/api/v1/challenges/" + s.challenge() + "/objections", Json.createObjectBuilder()
                .add("bidId", s.teamBid()).add("reason", "报价计算有误").build()).json().getJsonNumber("id").longValue();
        Answer upheld = staff.post("/api/v1/challenges/" + s.challenge() + "/objections/" + oid + "/resolution",
                Json.createObjectBuilder().add("upheld", true).add("reason", "报价确有误差，重新评审").build());
        assertEquals(200, upheld.status(), upheld::toString);
        assertEquals("EVALUATING", anonymous.get("/api/v1/challenges/" + s.challenge()).json().getString("status"));
        assertEquals("WITHDRAWN", anonymous.get("/api/v1/notices/" + s.challenge()).json().getString("status"));
        assertEquals(409, staff.post("/api/v1/challenges/" + s.challenge() + "/award", "").status(), "nothing to make final");
    }

    @Test
    void twoEnvelopesKeepThePriceFromExpertsUntilEveryTechnicalScoreIsInAndAHorseRaceAwardsTwo()
            throws InterruptedException {
        Setup s = evaluating("双信封赛马测试", "TWO_ENVELOPE", 2);
        drawThree(s.challenge());
        Api chen = experts.get("expert.chen");
        JsonObject sealedPrice = chen.get("/api/v1/bids/" + s.teamBid()).json();
        assertTrue(sealedPrice.getBoolean("priceSealed"));
        assertFalse(sealedPrice.containsKey("price") && !sealedPrice.isNull("price"), "no price yet: " + sealedPrice);
        assertFalse(sealedPrice.containsKey("receipt") && !sealedPrice.isNull("receipt"),
                "nor the receipt's hash, from which a price could be guessed: " + sealedPrice);
        assertEquals("800000.00", firm.get("/api/v1/bids/" + s.teamBid()).json().getJsonNumber("price").bigDecimalValue()
                .setScale(2).toPlainString(), "the firm and staff are no experts: they see it");
        JsonObject noPrice = Json.createObjectBuilder(marks(80, 70, 0, 90, 50)).remove("price").build();
        List<Api> panel = List.copyOf(experts.values());
        for (int i = 0; i < panel.size(); i++) {
            assertEquals(200, score(panel.get(i), s.teamBid(), noPrice, true).status(), "the price is not scored");
            assertEquals(200, score(panel.get(i), s.otherBid(), noPrice, true).status());
            if (i == panel.size() - 2) {
                assertTrue(chen.get("/api/v1/bids/" + s.otherBid()).json().getBoolean("priceSealed"),
                        "still sealed with one expert's scores missing");
            }
        }
        assertFalse(chen.get("/api/v1/bids/" + s.teamBid()).json().getBoolean("priceSealed"), "every technical score is in");
        List<JsonObject> ranked = items(staff.get("/api/v1/challenges/" + s.challenge() + "/ranking").json());
        // technical marks equal; price computed: 800000 → 100, 1000000 → 80 (weight 15: 15.00 against 12.00)
        assertEquals(s.teamBid(), ranked.get(0).getJsonNumber("bidId").longValue());
        assertEquals(new BigDecimal("100.00"), ranked.get(0).getJsonObject("criteria").getJsonNumber("price").bigDecimalValue());
        assertEquals(new BigDecimal("80.00"), ranked.get(1).getJsonObject("criteria").getJsonNumber("price").bigDecimalValue());
        assertEquals(new BigDecimal("3.00"), ranked.get(0).getJsonNumber("aggregate").bigDecimalValue()
                .subtract(ranked.get(1).getJsonNumber("aggregate").bigDecimalValue()));

        Answer both = staff.post("/api/v1/challenges/" + s.challenge() + "/award-proposal", Json.createObjectBuilder()
                .add("bidIds", Json.createArrayBuilder().add(s.teamBid()).add(s.otherBid())).build());
        assertEquals(200, both.status(), "赛马制: maxAwards 2, both teams: " + both);
        assertEquals(2, anonymous.get("/api/v1/notices/" + s.challenge()).json().getJsonArray("winners").size(),
                "the notice names them all");
        Instant noticeEnds = Instant.parse(both.json().getString("noticeEndsAt"));
        while (!Instant.now().isAfter(noticeEnds.plusMillis(500))) {
            Thread.sleep(250);
        }
        assertEquals(200, staff.post("/api/v1/challenges/" + s.challenge() + "/award", "").status());
        assertEquals("AWARDED", team.get("/api/v1/bids/" + s.teamBid()).json().getString("status"));
        assertEquals("AWARDED", other.get("/api/v1/bids/" + s.otherBid()).json().getString("status"), "both teams race on");
        JsonObject feedback = other.get("/api/v1/bids/" + s.otherBid() + "/scores").json().getJsonObject("feedback");
        assertEquals(new BigDecimal("80.00"), feedback.getJsonNumber("computedPriceScore").bigDecimalValue(),
                "the bidder learns its computed price score too");
    }

    @Test
    void staffDisqualifyWithAReasonTheTeamReadsAndWithoutBidsLeftTheChallengeFails() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(RunningApp.MIN_BIDDING_SECONDS + 4);
        long challenge = publish(firm, staff, aChallenge("取消资格测试", "问题", deadline).build()).getJsonNumber("id").longValue();
        long bid = submitted(other, challenge, Json.createObjectBuilder(aBid("<p>方案</p>", "1000.00").build()));
        assertEquals(404, staff.post("/api/v1/bids/" + bid + "/disqualify", "{\"reason\":\"过早\"}").status(),
                "a sealed bid does not exist for staff");
        awaitStatus(challenge, "EVALUATING", deadline.plusSeconds(90));
        assertEquals(403, firm.post("/api/v1/bids/" + bid + "/disqualify", "{\"reason\":\"企业\"}").status());
        assertEquals(422, staff.post("/api/v1/bids/" + bid + "/disqualify", "{}").status(), "a reason is required");
        Answer disqualified = staff.post("/api/v1/bids/" + bid + "/disqualify", "{\"reason\":\"资质证明文件缺失\"}");
        assertEquals(200, disqualified.status(), disqualified::toString);
        JsonObject seen = other.get("/api/v1/bids/" + bid).json();
        assertEquals("DISQUALIFIED", seen.getString("status"));
        assertEquals("资质证明文件缺失", seen.getString("disqualifyReason"), "the team reads why");
        assertEquals("FAILED", anonymous.get("/api/v1/challenges/" + challenge).json().getString("status"), "流榜");
    }
}
