package org.jiebang.it;

import static org.jiebang.testing.Challenges.aChallenge;
import static org.jiebang.testing.Challenges.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.Api.Answer;
import org.jiebang.testing.Browserless;
import org.jiebang.testing.Registrations;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Challenges through the API and pages of the running app: SPEC §3, §9, §10. */
class ChallengeApiIT {

    static RunningApp app;
    static Api anonymous;
    static Api firm;
    static Api otherFirm;
    static Api staff;
    static Api researcher;

    @BeforeAll
    static void start() {
        app = RunningApp.shared();
        anonymous = new Api(app);
        firm = anonymous.as("hengtai.zhao", DemoAccounts.PASSWORD);
        otherFirm = anonymous.as("yunzhi.sun", DemoAccounts.PASSWORD);
        staff = anonymous.as("staff.wang", DemoAccounts.PASSWORD);
        researcher = anonymous.as("yrdam.zheng", DemoAccounts.PASSWORD);
    }

    static Instant inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days));
    }

    /** A word no other challenge contains, for searches that must find exactly ours. */
    static String uniqueWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    static long create(Api api, JsonObject body) {
        Answer created = api.post("/api/v1/challenges", body);
        assertEquals(201, created.status(), created::toString);
        assertEquals("DRAFT", created.json().getString("status"));
        return created.json().getJsonNumber("id").longValue();
    }

    static Set<Long> ids(Answer list) {
        return list.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .map(o -> o.getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    @Test
    void onlyMembersOfAVerifiedFirmPost() {
        JsonObject body = aChallenge("研究人员不能发榜", "问题", inDays(30)).build();
        assertEquals(403, researcher.post("/api/v1/challenges", body).status());
        assertEquals(401, anonymous.post("/api/v1/challenges", body).status());
        String pending = Registrations.freshUsername("pf");
        anonymous.post("/api/v1/organizations", Registrations.registration("待认证企业" + pending, "ENTERPRISE", pending,
                "Pending-pass-2026"));
        Answer unverified = anonymous.as(pending, "Pending-pass-2026").post("/api/v1/challenges", body);
        assertEquals(422, unverified.status(), unverified::toString);
        assertEquals("ORGANIZATION_NOT_VERIFIED", unverified.json().getString("error"));
    }

    @Test
    void aDraftIsSeenAndEditedByItsFirmAlone() {
        long id = create(firm, aChallenge("草稿可见性测试", "问题", inDays(30)).build());
        assertEquals(200, firm.get("/api/v1/challenges/" + id).status());
        assertEquals(404, anonymous.get("/api/v1/challenges/" + id).status());
        assertEquals(404, otherFirm.get("/api/v1/challenges/" + id).status());
        assertEquals(404, researcher.get("/api/v1/challenges/" + id).status());
        assertEquals(404, staff.get("/api/v1/challenges/" + id).status(), "staff see a challenge once it is submitted");
        assertEquals(404, otherFirm.put("/api/v1/challenges/" + id, aChallenge("改别人的", "x", inDays(30)).build()).status());
        Answer edited = firm.put("/api/v1/challenges/" + id, aChallenge("草稿可见性测试（修改）", "问题", inDays(30)).build());
        assertEquals(200, edited.status(), edited::toString);
        assertEquals("草稿可见性测试（修改）", edited.json().getString("title"));
        assertEquals(404, new Browserless(app).get("/challenge/view?id=" + id).statusCode(), "nor on the page");
    }

    @Test
    void aDraftSavesWithATitleAloneButSubmittingNeedsEveryField() {
        long id = create(firm, Json.createObjectBuilder().add("title", "只有标题的草稿").build());
        Answer refused = firm.post("/api/v1/challenges/" + id + "/submit", "");
        assertEquals(400, refused.status(), refused::toString);
        Set<String> fields = refused.json().getJsonArray("fields").stream()
                .map(f -> f.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertTrue(fields.containsAll(Set.of("problem", "indicators", "budget", "deadline", "field", "region")), fields::toString);
        assertEquals("DRAFT", firm.get("/api/v1/challenges/" + id).json().getString("status"), "nothing changed");
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        Answer negative = firm.post("/api/v1/challenges", aChallenge("负赏金", "x", inDays(30)).add("budget", "-1").build());
        assertEquals(400, negative.status());
        assertEquals("budget", negative.json().getString("field"));
        Answer cents = firm.post("/api/v1/challenges", aChallenge("三位小数", "x", inDays(30)).add("budget", "1.005").build());
        assertEquals("budget", cents.json().getString("field"));
        Answer field = firm.post("/api/v1/challenges", aChallenge("未知领域", "x", inDays(30)).add("field", "ALCHEMY").build());
        assertEquals("field", field.json().getString("field"));
        Answer region = firm.post("/api/v1/challenges", aChallenge("错误地区", "x", inDays(30)).add("region", "33").build());
        assertEquals("region", region.json().getString("field"));
    }

    @Test
    void theDeadlineMustLieTheMinimumPeriodAfterPublication() {
        long id = create(firm, aChallenge("截止时间过近", "问题", Instant.now().plusSeconds(2)).build());
        Answer refused = firm.post("/api/v1/challenges/" + id + "/submit", "");
        assertEquals(422, refused.status(), refused::toString);
        assertEquals("deadline", refused.json().getString("field"));
    }

    @Test
    void staffReturnWithCommentsAndTheOwnerResubmits() {
        long id = create(firm, aChallenge("退回修改测试", "问题", inDays(30)).build());
        assertEquals(200, firm.post("/api/v1/challenges/" + id + "/submit", "").status());
        assertEquals(409, firm.put("/api/v1/challenges/" + id, aChallenge("审核中不能改", "x", inDays(30)).build()).status());
        assertEquals(403, firm.post("/api/v1/challenges/" + id + "/approve", "").status(), "a firm cannot approve");
        Answer noComments = staff.post("/api/v1/challenges/" + id + "/return", Json.createObjectBuilder().build());
        assertEquals(422, noComments.status());
        Answer returned = staff.post("/api/v1/challenges/" + id + "/return",
                Json.createObjectBuilder().add("comments", "请补充考核方式的检测标准").build());
        assertEquals("RETURNED", returned.json().getString("status"));
        assertEquals("请补充考核方式的检测标准", firm.get("/api/v1/challenges/" + id).json().getString("reviewComments"));
        assertFalse(anonymous.get("/api/v1/challenges/" + id).status() == 200, "a returned challenge is not public");
        assertEquals(200, firm.put("/api/v1/challenges/" + id, aChallenge("退回修改测试", "补充：GB/T 31485", inDays(30)).build()).status());
        assertEquals(200, firm.post("/api/v1/challenges/" + id + "/submit", "").status());
        assertEquals("PUBLISHED", staff.post("/api/v1/challenges/" + id + "/approve", "").json().getString("status"));
        Answer twice = staff.post("/api/v1/challenges/" + id + "/approve", "");
        assertEquals(409, twice.status(), "a wrong state is 409");
        assertEquals(409, firm.post("/api/v1/challenges/" + id + "/submit", "").status());
    }

    @Test
    void aCancellationNeedsAReason() {
        JsonObject published = publish(firm, staff, aChallenge("取消测试", "问题", inDays(30)).build());
        long id = published.getJsonNumber("id").longValue();
        assertEquals(422, firm.post("/api/v1/challenges/" + id + "/cancel", Json.createObjectBuilder().build()).status());
        assertEquals(404, otherFirm.post("/api/v1/challenges/" + id + "/cancel",
                Json.createObjectBuilder().add("reason", "捣乱").build()).status());
        Answer cancelled = firm.post("/api/v1/challenges/" + id + "/cancel",
                Json.createObjectBuilder().add("reason", "需求已由内部解决").build());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals("需求已由内部解决", anonymous.get("/api/v1/challenges/" + id).json().getString("cancelReason"),
                "a cancelled challenge that was public stays readable, with its reason");
    }

    @Test
    void searchFindsChineseAndEnglishAndOnlyPublishedChallenges() {
        String word = uniqueWord();
        long a = publish(firm, staff, aChallenge("钙钛矿光伏组件衰减机理 " + word, "钙钛矿层在湿热环境下分解", inDays(30)).build())
                .getJsonNumber("id").longValue();
        long b = publish(otherFirm, staff, aChallenge("叠层电池封装 " + word, "需要阻隔钙钛矿的水汽渗透", inDays(20))
                .add("budget", "2000000").add("region", "330106").add("field", "NEW_ENERGY").build())
                .getJsonNumber("id").longValue();
        long draft = create(firm, aChallenge("钙钛矿草稿 " + word, "草稿不应被搜到", inDays(30)).build());

        assertEquals(Set.of(a, b), ids(anonymous.get("/api/v1/challenges?q=" + word)), "an English word");
        Set<Long> chinese = ids(anonymous.get("/api/v1/challenges?size=100&q=" + enc("钛矿")));
        assertTrue(chinese.containsAll(Set.of(a, b)), "a two-character Chinese query finds every challenge containing it");
        assertFalse(chinese.contains(draft), "drafts are never found");
        assertEquals(Set.of(b), ids(anonymous.get("/api/v1/challenges?q=" + word + "&field=NEW_ENERGY")));
        assertEquals(Set.of(b), ids(anonymous.get("/api/v1/challenges?q=" + word + "&region=330100")));
        assertEquals(Set.of(a, b), ids(anonymous.get("/api/v1/challenges?q=" + word + "&region=330000")));
        assertEquals(Set.of(b), ids(anonymous.get("/api/v1/challenges?q=" + word + "&minBudget=1000000")));
        assertEquals(Set.of(a), ids(anonymous.get("/api/v1/challenges?q=" + word + "&maxBudget=500000.00")));
        assertEquals(Set.of(b), ids(anonymous.get("/api/v1/challenges?q=" + word + "&deadlineTo="
                + inDays(25))));
        Answer budgetFirst = anonymous.get("/api/v1/challenges?q=" + word + "&sort=budget");
        assertEquals(b, budgetFirst.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        Answer deadlineFirst = anonymous.get("/api/v1/challenges?q=" + word + "&sort=deadline");
        assertEquals(b, deadlineFirst.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        Answer badSort = anonymous.get("/api/v1/challenges?sort=cheapest");
        assertEquals(400, badSort.status());
        assertEquals("sort", badSort.json().getString("field"));
        Answer draftStatus = anonymous.get("/api/v1/challenges?status=DRAFT");
        assertEquals(400, draftStatus.status(), "drafts cannot be listed");

        String page = new Browserless(app).get("/challenge/list?q=" + enc("钛矿") + "&sort=newest").body();
        assertTrue(page.contains("<mark>钛矿</mark>") || page.contains("<mark>钙钛矿</mark>") || page.contains("钙<mark>钛矿</mark>"),
                "matches are highlighted");
        assertTrue(page.contains("value=\"钛矿\""), "the search stays in the form and the URL");
    }

    @Test
    void confidentialDetailsOnlyForTheOwnerStaffAndResearchersWhoUndertookToKeepThem() {
        long id = publish(firm, staff, aChallenge("保密信息测试", "问题", inDays(30)).build()).getJsonNumber("id").longValue();
        String secret = "内部配方：LLZO 掺杂比例见附件";
        Api researcherBeforeUndertaking = researcher;
        for (Api outsider : List.of(anonymous, otherFirm, researcherBeforeUndertaking)) {
            JsonObject view = outsider.get("/api/v1/challenges/" + id).json();
            assertFalse(view.containsKey("confidentialDetails"), view::toString);
            assertTrue(view.getBoolean("confidentialHidden"));
        }
        assertEquals(secret, firm.get("/api/v1/challenges/" + id).json().getString("confidentialDetails"), "the owner");
        assertEquals(secret, staff.get("/api/v1/challenges/" + id).json().getString("confidentialDetails"), "staff");
        assertEquals(403, otherFirm.post("/api/v1/challenges/" + id + "/undertaking", "").status(),
                "a rival firm cannot undertake its way in");
        String pending = Registrations.freshUsername("cf");
        anonymous.post("/api/v1/organizations", Registrations.registration("未认证研究所" + pending, "RESEARCH_INSTITUTE",
                pending, "Pending-pass-2026"));
        assertEquals(403, anonymous.as(pending, "Pending-pass-2026").post("/api/v1/challenges/" + id + "/undertaking", "")
                .status(), "nor a member of an unverified organization");
        assertEquals(0, Json.createReader(new java.io.StringReader(firm.get("/api/v1/challenges/" + id + "/undertakings")
                .body())).readArray().size());

        Answer undertaken = researcher.post("/api/v1/challenges/" + id + "/undertaking", "");
        assertEquals(200, undertaken.status(), undertaken::toString);
        assertEquals(secret, undertaken.json().getString("confidentialDetails"));
        assertEquals(secret, researcher.get("/api/v1/challenges/" + id).json().getString("confidentialDetails"));
        assertEquals(200, researcher.post("/api/v1/challenges/" + id + "/undertaking", "").status(), "once is enough");
        var undertakings = Json.createReader(new java.io.StringReader(firm.get("/api/v1/challenges/" + id + "/undertakings")
                .body())).readArray();
        assertEquals(1, undertakings.size(), "recorded once, listed for the owner");
        assertEquals("yrdam.zheng", undertakings.getJsonObject(0).getString("userName"));
        assertTrue(undertakings.getJsonObject(0).containsKey("acceptedAt"));
        assertEquals(404, otherFirm.get("/api/v1/challenges/" + id + "/undertakings").status());
        assertEquals(404, researcher.get("/api/v1/challenges/" + id + "/undertakings").status());

        String html = new Browserless(app).get("/challenge/view?id=" + id).body();
        assertFalse(html.contains("LLZO"), "nor on the anonymous page");
    }

    @Test
    void anAmendedConfidentialTextShowsOnlyThatItChangedToThoseWhoMayNotReadIt() {
        long id = publish(firm, staff, aChallenge("保密更正测试", "原始问题", inDays(30)).build()).getJsonNumber("id").longValue();
        assertEquals(201, researcher.post("/api/v1/challenges/" + id + "/questions",
                Json.createObjectBuilder().add("text", "配方可以调整吗？").build()).status(), "an asker, told of amendments");
        String secretWord = uniqueWord();
        String newSecret = "新配方 " + secretWord;
        JsonObject amendment = aChallenge("保密更正测试", "原始问题；补充", inDays(30))
                .add("confidentialDetails", newSecret).add("reason", "更新配方与问题").build();
        assertEquals(200, firm.post("/api/v1/challenges/" + id + "/amendments", amendment).status());
        for (Api outsider : List.of(anonymous, otherFirm, researcher)) {
            Answer history = outsider.get("/api/v1/challenges/" + id + "/amendments");
            assertFalse(history.body().contains("LLZO") || history.body().contains(newSecret), history::toString);
            JsonObject changes = Json.createReader(new java.io.StringReader(history.body())).readArray().getJsonObject(0)
                    .getJsonObject("changes");
            assertEquals("原始问题", changes.getJsonObject("problem").getString("before"), "public fields: a JSON object");
            assertEquals("原始问题；补充", changes.getJsonObject("problem").getString("after"));
            assertEquals(Json.createObjectBuilder().add("changed", true).build(), changes.getJsonObject("confidentialDetails"),
                    "only that the confidential details changed");
        }
        String page = new Browserless(app).get("/challenge/view?id=" + id).body();
        assertFalse(page.contains("LLZO") || page.contains(newSecret), "nor on the page");
        assertTrue(page.contains("原始问题；补充"), "the page shows the public change");

        assertEquals(200, researcher.post("/api/v1/challenges/" + id + "/undertaking", "").status());
        JsonObject forUndertaker = Json.createReader(new java.io.StringReader(researcher.get("/api/v1/challenges/" + id
                + "/amendments").body())).readArray().getJsonObject(0).getJsonObject("changes");
        assertEquals(newSecret, forUndertaker.getJsonObject("confidentialDetails").getString("after"),
                "those who may read the details see their change");
        assertFalse(staff.get("/api/v1/audit?size=200").body().contains(secretWord), "the audit log keeps no confidential text");
        assertEquals(0, anonymous.get("/api/v1/challenges?q=" + secretWord).json().getJsonNumber("total").longValue(),
                "the search index holds no confidential text");
        String notifications = researcher.get("/api/v1/users/me/notifications?size=100").body();
        assertTrue(notifications.contains("保密更正测试"), "the asker was told of the amendment");
        assertFalse(notifications.contains(secretWord), "without its confidential text");
        org.jiebang.testing.MailServer.await(m -> m.body().contains("保密更正测试") && m.body().contains("更新配方与问题"),
                Duration.ofSeconds(60));
        assertTrue(org.jiebang.testing.MailServer.received(m -> m.body().contains(secretWord)).isEmpty(),
                "nor any e-mail");
    }

    @Test
    void answersArePublicWithoutTheAsker() {
        long id = publish(firm, staff, aChallenge("答疑测试", "问题", inDays(30)).build()).getJsonNumber("id").longValue();
        assertEquals(403, otherFirm.post("/api/v1/challenges/" + id + "/questions",
                Json.createObjectBuilder().add("text", "企业不能提问").build()).status());
        Answer asked = researcher.post("/api/v1/challenges/" + id + "/questions",
                Json.createObjectBuilder().add("text", "循环寿命按什么倍率测试？").build());
        assertEquals(201, asked.status(), asked::toString);
        long qid = asked.json().getJsonNumber("id").longValue();
        assertEquals(0, anonymousQuestions(id).size(), "an open question is not public");
        assertEquals(404, otherFirm.post("/api/v1/challenges/" + id + "/questions/" + qid + "/answer",
                Json.createObjectBuilder().add("text", "别人的答复").build()).status());
        Answer answered = firm.post("/api/v1/challenges/" + id + "/questions/" + qid + "/answer",
                Json.createObjectBuilder().add("text", "按 1C 倍率，25℃").build());
        assertEquals(200, answered.status(), answered::toString);
        List<JsonObject> visible = anonymousQuestions(id);
        assertEquals(1, visible.size());
        assertEquals("按 1C 倍率，25℃", visible.get(0).getString("answer"));
        assertFalse(visible.get(0).toString().contains("yrdam") || visible.get(0).containsKey("askerId"));
        assertEquals(409, firm.post("/api/v1/challenges/" + id + "/questions/" + qid + "/answer",
                Json.createObjectBuilder().add("text", "再答一次").build()).status());
    }

    static List<JsonObject> anonymousQuestions(long id) {
        Answer list = anonymous.get("/api/v1/challenges/" + id + "/questions");
        return Json.createReader(new java.io.StringReader(list.body())).readArray().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    @Test
    void anAmendmentInTheLastThreeDaysMovesTheDeadlineOnAndIsRecorded() {
        Instant deadline = Instant.parse(inDays(2).toString().replaceFirst("\\.\\d+Z$", "Z"));
        JsonObject published = publish(firm, staff, aChallenge("更正测试", "原始问题", deadline).build());
        long id = published.getJsonNumber("id").longValue();
        JsonObject amendment = aChallenge("更正测试", "原始问题；补充：需在 -20℃ 下测试", deadline)
                .add("reason", "补充低温测试要求").build();
        Answer amended = firm.post("/api/v1/challenges/" + id + "/amendments", amendment);
        assertEquals(200, amended.status(), amended::toString);
        assertEquals(2, amended.json().getInt("version"));
        assertEquals(deadline.plus(Duration.ofDays(3)), Instant.parse(amended.json().getString("deadline")));
        Answer history = anonymous.get("/api/v1/challenges/" + id + "/amendments");
        JsonObject first = Json.createReader(new java.io.StringReader(history.body())).readArray().getJsonObject(0);
        assertEquals(1, first.getInt("number"));
        assertEquals("补充低温测试要求", first.getString("reason"));
        assertEquals("原始问题；补充：需在 -20℃ 下测试", first.getJsonObject("changes").getJsonObject("problem").getString("after"));
        assertEquals(404, otherFirm.post("/api/v1/challenges/" + id + "/amendments", amendment).status());
    }

    @Test
    void biddingClosesByItselfWithinAMinuteOfTheDeadline() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(RunningApp.MIN_BIDDING_SECONDS + 4);
        long id = publish(firm, staff, aChallenge("自动截止测试", "问题", deadline).build()).getJsonNumber("id").longValue();
        String status = "PUBLISHED";
        while (Instant.now().isBefore(deadline.plusSeconds(60)) && status.equals("PUBLISHED")) {
            Thread.sleep(1000);
            status = anonymous.get("/api/v1/challenges/" + id).json().getString("status");
        }
        assertEquals("FAILED", status, "closed; without a submitted bid it fails (流榜)");
        assertTrue(Instant.now().isAfter(deadline), "not before the deadline");
        Answer late = researcher.post("/api/v1/challenges/" + id + "/questions",
                Json.createObjectBuilder().add("text", "截止后提问").build());
        assertEquals(422, late.status(), "nothing is accepted after the deadline");
    }

    @Test
    void aScriptInATitleIsShownAsTextOnEveryPage() {
        String word = uniqueWord();
        String title = "<script>alert('xss')</script><img src=x onerror=alert(1)> " + word;
        long id = publish(firm, staff, aChallenge(title, "问题", inDays(30)).build()).getJsonNumber("id").longValue();
        Browserless browser = new Browserless(app);
        for (String page : List.of("/challenge/view?id=" + id, "/challenge/list?q=" + word)) {
            String html = browser.get(page).body();
            assertTrue(html.contains("&lt;script&gt;alert("), page + " shows the title as text");
            assertFalse(html.contains("<script>alert("), page);
            assertFalse(html.contains("<img src=x"), page);
        }
        Browserless owner = new Browserless(app);
        owner.login("hengtai.zhao", DemoAccounts.PASSWORD);
        String mine = owner.get("/challenge/mine").body();
        assertFalse(mine.contains("<script>alert("), "my challenges");
        Browserless vetting = new Browserless(app);
        vetting.login("staff.li", DemoAccounts.PASSWORD);
        assertEquals(200, vetting.get("/staff/challenges").statusCode());
    }

    @Test
    void attachmentsAreCheckedByContentAndServedOnlyToThoseWhoMaySeeTheChallenge() {
        long id = create(firm, aChallenge("附件测试", "问题", inDays(30)).build());
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Answer added = firm.postBytes("/api/v1/challenges/" + id + "/attachments?name=" + enc("技术要求.pdf"), pdf);
        assertEquals(201, added.status(), added::toString);
        assertEquals("application/pdf", added.json().getString("mediaType"));
        long fileId = added.json().getJsonNumber("id").longValue();

        Answer fake = firm.postBytes("/api/v1/challenges/" + id + "/attachments?name=report.pdf",
                "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, fake.status(), "a file with a PDF name but other content is refused");
        assertEquals("file", fake.json().getString("field"));
        assertEquals(404, otherFirm.postBytes("/api/v1/challenges/" + id + "/attachments?name=x.pdf", pdf).status());

        String download = "/api/v1/challenges/" + id + "/attachments/" + fileId;
        assertEquals(404, anonymous.get(download).status(), "nobody else reads a draft's files");
        assertEquals(200, firm.get(download).status());
        firm.post("/api/v1/challenges/" + id + "/submit", "");
        staff.post("/api/v1/challenges/" + id + "/approve", "");
        Answer served = anonymous.get(download);
        assertEquals(200, served.status());
        assertTrue(served.header("Content-Disposition").startsWith("attachment;"), served.header("Content-Disposition"));
        assertTrue(served.header("Content-Disposition").contains("UTF-8''" + enc("技术要求.pdf").replace("+", "%20")));
        assertEquals("nosniff", served.header("X-Content-Type-Options"));
        assertTrue(served.body().startsWith("%PDF-1.4"));
        assertEquals(409, firm.postBytes("/api/v1/challenges/" + id + "/attachments?name=late.pdf", pdf).status(),
                "files are added before publication");
    }

    @Test
    void theFieldListHasBothLanguages() {
        Answer fields = anonymous.get("/api/v1/fields");
        JsonObject first = Json.createReader(new java.io.StringReader(fields.body())).readArray().getJsonObject(0);
        assertFalse(first.getString("nameZh").isBlank());
        assertFalse(first.getString("nameEn").isBlank());
        assertEquals(200, anonymous.get("/api/v1/regions").status());
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
