package org.jiebang.it;

import static org.jiebang.testing.Bids.aBid;
import static org.jiebang.testing.Challenges.aChallenge;
import static org.jiebang.testing.Challenges.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.Api.Answer;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bids through the running app (SPEC §4, §10): the opening at the close, the server's deadline,
 * one live bid per organization, 流榜. The seal before the close is {@link SealIT}'s.
 */
class BidApiIT {

    static RunningApp app;
    static Api anonymous;
    static Api firm;
    static Api staff;
    static Api team;
    static Api teammate;
    static Api otherBidder;
    static Api expert;
    static Api partnerExpert;
    static long partnerOrganizationId;

    /** Closes ~20 s after the tests start: one bid submitted, one withdrawn, one draft. */
    static long closing;
    static Instant closingDeadline;
    static long submittedBid;
    static String receipt;
    static String marker;
    /** Closes too, without any submitted bid: fails. */
    static long unwanted;

    @BeforeAll
    static void start() {
        app = RunningApp.shared();
        anonymous = new Api(app);
        firm = anonymous.as("hengtai.zhao", DemoAccounts.PASSWORD);
        staff = anonymous.as("staff.wang", DemoAccounts.PASSWORD);
        team = anonymous.as("yrdam.zheng", DemoAccounts.PASSWORD);
        teammate = anonymous.as("yrdam.he", DemoAccounts.PASSWORD);
        otherBidder = anonymous.as("esslab.huang", DemoAccounts.PASSWORD);
        expert = anonymous.as("expert.chen", DemoAccounts.PASSWORD);
        partnerExpert = anonymous.as("zbut.liu", DemoAccounts.PASSWORD);
        partnerOrganizationId = partnerExpert.get("/api/v1/users/me").json().getJsonNumber("organizationId").longValue();

        closingDeadline = Instant.now().plusSeconds(25);
        closing = publish(firm, staff, aChallenge("密封测试榜单", "问题", closingDeadline).build()).getJsonNumber("id").longValue();
        unwanted = publish(firm, staff, aChallenge("流榜测试榜单", "问题", closingDeadline).build()).getJsonNumber("id").longValue();

        marker = "sealedmarker" + System.nanoTime();
        JsonObject body = Json.createObjectBuilder(aBid("<p>技术路线 " + marker + "</p>", "123457.89").build())
                .add("partnerOrganizationIds", Json.createArrayBuilder().add(partnerOrganizationId)).build();
        submittedBid = created(team.post("/api/v1/challenges/" + closing + "/bids", body));
        Answer submitted = team.post("/api/v1/bids/" + submittedBid + "/submit", "");
        assertEquals(200, submitted.status(), submitted::toString);
        receipt = submitted.json().getJsonObject("receipt").getString("sha256");

        long withdrawn = created(otherBidder.post("/api/v1/challenges/" + closing + "/bids", aBid("<p>撤回</p>", "1.00").build()));
        assertEquals(200, otherBidder.post("/api/v1/bids/" + withdrawn + "/submit", "").status());
        assertEquals(200, otherBidder.post("/api/v1/bids/" + withdrawn + "/withdraw", "").status());
        // a draft on the challenge that fails: drafts never open
        created(team.post("/api/v1/challenges/" + unwanted + "/bids", aBid("<p>草稿</p>", "2.00").build()));
    }

    static long created(Answer answer) {
        assertEquals(201, answer.status(), answer::toString);
        assertEquals("DRAFT", answer.json().getString("status"));
        return answer.json().getJsonNumber("id").longValue();
    }

    static void awaitClosed(long challengeId) {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            String status = anonymous.get("/api/v1/challenges/" + challengeId).json().getString("status");
            if (!status.equals("PUBLISHED")) {
                return;
            }
            sleep(1000);
        }
        throw new AssertionError("bidding did not close on " + challengeId);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theReceiptIsTheTimeAndTheSha256OfTheContent() {
        assertTrue(receipt.matches("[0-9a-f]{64}"), receipt);
        JsonObject receipts = team.get("/api/v1/bids/" + submittedBid + "/receipts").json();
        assertEquals(receipt, receipts.getString("currentSha256"), "recomputing gives the same value");
        assertEquals(receipt, receipts.getJsonArray("receipts").getJsonObject(0).getString("sha256"));
        assertEquals(404, firm.get("/api/v1/bids/" + submittedBid + "/receipts").status());
    }

    static List<JsonObject> auditOf(long bid) {
        return staff.get("/api/v1/audit?size=100").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("entityType").equals("Bid") && e.getString("entityId", "").equals(bid + ""))
                .toList();
    }

    @Test
    void oneLiveBidPerOrganizationEvenWhenTwoMembersStartAtOnce() throws Exception {
        long challenge = publish(firm, staff, aChallenge("并发揭榜测试", "问题", Instant.now().plus(Duration.ofDays(10))).build())
                .getJsonNumber("id").longValue();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(
                    () -> team.post("/api/v1/challenges/" + challenge + "/bids", "{}").status(),
                    () -> teammate.post("/api/v1/challenges/" + challenge + "/bids", "{}").status());
            List<Integer> statuses = pool.invokeAll(both).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList();
            assertEquals(List.of(201, 409), statuses);
        } finally {
            pool.shutdown();
        }
        long bid = team.get("/api/v1/challenges/" + challenge + "/bids").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Answer second = teammate.post("/api/v1/challenges/" + challenge + "/bids", "{}");
        assertEquals(409, second.status(), "still one");
        assertEquals(200, team.put("/api/v1/bids/" + bid, aBid("<p>方案</p>", "300000.00").build()).status());
        assertEquals(200, team.post("/api/v1/bids/" + bid + "/submit", "").status());
        assertEquals(200, team.post("/api/v1/bids/" + bid + "/withdraw", "").status());
        long another = created(teammate.post("/api/v1/challenges/" + challenge + "/bids", aBid("<p>新方案</p>", "1.00").build()));
        assertNotEquals(bid, another, "after a withdrawal the organization may start anew");
        Answer back = team.post("/api/v1/bids/" + bid + "/submit", "");
        assertEquals(409, back.status(), "but the withdrawn one cannot come back beside it: " + back);
    }

    @Test
    void aSubmissionNeedsEveryFieldAndNamesEachMissingOne() {
        long challenge = publish(firm, staff, aChallenge("完整性测试", "问题", Instant.now().plus(Duration.ofDays(10))).build())
                .getJsonNumber("id").longValue();
        long bid = created(otherBidder.post("/api/v1/challenges/" + challenge + "/bids", "{}"));
        Answer empty = otherBidder.post("/api/v1/bids/" + bid + "/submit", "");
        assertEquals(400, empty.status(), empty::toString);
        Set<String> fields = empty.json().getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .map(f -> f.getString("field")).collect(Collectors.toSet());
        assertTrue(fields.containsAll(Set.of("principal.name", "members", "approach", "price", "durationMonths", "milestones")),
                fields::toString);
        JsonObject badShares = Json.createObjectBuilder(aBid("<p>方案</p>", "1000.00").build())
                .add("milestones", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", "唯一")
                        .add("deliverable", "报告").add("month", 3).add("share", "90.00"))).build();
        assertEquals(200, otherBidder.put("/api/v1/bids/" + bid, badShares).status(), "a draft may be incomplete");
        Answer shares = otherBidder.post("/api/v1/bids/" + bid + "/submit", "");
        assertEquals(400, shares.status());
        assertEquals("milestones", shares.json().getString("field"));
        assertEquals("DRAFT", otherBidder.get("/api/v1/bids/" + bid).json().getString("status"), "nothing changed");
        JsonObject script = Json.createObjectBuilder(aBid("<p onclick=\"x()\">方案<script>alert(1)</script></p>", "1000.00")
                .build()).build();
        Answer saved = otherBidder.put("/api/v1/bids/" + bid, script);
        assertEquals("<p>方案</p>", saved.json().getString("approach"), "sanitized on the server");
    }

    @Test
    void onlyResearchersOfVerifiedResearchOrganizationsBid() {
        assertEquals(403, firm.post("/api/v1/challenges/" + closing + "/bids", "{}").status());
        assertEquals(403, staff.post("/api/v1/challenges/" + closing + "/bids", "{}").status());
        assertEquals(401, anonymous.post("/api/v1/challenges/" + closing + "/bids", "{}").status());
    }

    @Test
    void atTheCloseSubmittedBidsOpenAndNothingIsAcceptedAfterIt() {
        awaitClosed(closing);
        assertEquals("EVALUATING", anonymous.get("/api/v1/challenges/" + closing).json().getString("status"));
        JsonObject opened = team.get("/api/v1/bids/" + submittedBid).json();
        assertEquals("OPENED", opened.getString("status"));
        assertEquals(receipt, opened.getJsonObject("receipt").getString("sha256"));

        Answer forFirm = firm.get("/api/v1/bids/" + submittedBid);
        assertEquals(200, forFirm.status(), "after the close the firm reads it");
        assertTrue(forFirm.body().contains(marker));
        assertEquals(200, staff.get("/api/v1/bids/" + submittedBid).status());
        assertEquals(404, partnerExpert.get("/api/v1/bids/" + submittedBid).status(), "an expert with a conflict, never");
        assertEquals(404, expert.get("/api/v1/bids/" + submittedBid).status(), "an expert off the panel");
        assertEquals(404, otherBidder.get("/api/v1/bids/" + submittedBid).status(), "another bidder, never");
        assertTrue(auditOf(submittedBid).stream().anyMatch(e -> e.getString("action").equals("BID_SUBMITTED")
                && e.getString("actor").equals("yrdam.zheng")), "after the close the audit log is read in full");
        JsonObject list = staff.get("/api/v1/challenges/" + closing + "/bids").json();
        assertFalse(list.getBoolean("sealed"));
        assertEquals(1, list.getJsonArray("items").size(), "the withdrawn bid did not open");

        assertTrue(firm.get("/api/v1/users/me/notifications?size=100").body().contains("密封测试榜单”已截止，共开启 1 份"),
                "the firm is told how many bids opened");
        Answer late = team.post("/api/v1/bids/" + submittedBid + "/submit", "");
        assertEquals(409, late.status(), late::toString);
        Answer lateStart = otherBidder.post("/api/v1/challenges/" + closing + "/bids", "{}");
        assertEquals(409, lateStart.status());
        assertTrue(lateStart.json().getString("message").matches(".*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}.*"),
                "the refusal names the deadline: " + lateStart.body());
        assertEquals("OPENED", team.get("/api/v1/bids/" + submittedBid).json().getString("status"), "and changes nothing");
    }

    @Test
    void withoutAnOpenedBidTheChallengeFailsAndCanBeCopied() {
        awaitClosed(unwanted);
        assertEquals("FAILED", anonymous.get("/api/v1/challenges/" + unwanted).json().getString("status"));
        Answer copy = firm.post("/api/v1/challenges/" + unwanted + "/copy", "");
        assertEquals(201, copy.status(), copy::toString);
        assertEquals("DRAFT", copy.json().getString("status"));
        assertEquals("流榜测试榜单", copy.json().getString("title"));
        assertEquals(403, otherBidder.post("/api/v1/challenges/" + unwanted + "/copy", "").status(), "only firms post");
    }

    @Test
    void biddersHearOfAmendmentsAndAnswers() {
        long challenge = publish(firm, staff, aChallenge("揭榜方通知测试", "原始问题", Instant.now().plus(Duration.ofDays(10))).build())
                .getJsonNumber("id").longValue();
        created(otherBidder.post("/api/v1/challenges/" + challenge + "/bids", "{}"));
        JsonObject amendment = Json.createObjectBuilder(aChallenge("揭榜方通知测试", "原始问题；补充要求",
                Instant.now().plus(Duration.ofDays(10))).build()).add("reason", "补充要求").build();
        Answer amended = firm.post("/api/v1/challenges/" + challenge + "/amendments", amendment);
        assertEquals(200, amended.status(), amended::toString);
        String notifications = otherBidder.get("/api/v1/users/me/notifications?size=100").body();
        assertTrue(notifications.contains("CHALLENGE_AMENDED") && notifications.contains("揭榜方通知测试"), notifications);
    }
}
