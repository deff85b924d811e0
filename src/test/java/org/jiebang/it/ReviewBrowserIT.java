package org.jiebang.it;

import static org.jiebang.testing.Bids.aBid;
import static org.jiebang.testing.Challenges.aChallenge;
import static org.jiebang.testing.Challenges.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.json.Json;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.BrowserTest;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Review and award in headless Chromium, through the pages (SPEC §5): staff draw a panel of three,
 * the experts score two bids, staff propose, the public notice shows, an objection is dismissed,
 * the award is final, the losing bidder reads its feedback. The challenge and its two bids are
 * made through the API (the bid pages have their own browser test).
 */
class ReviewBrowserIT extends BrowserTest {

    static final List<String> EXPERTS = List.of("expert.chen", "expert.zhang", "expert.wu");

    @Test
    void staffDrawAPanelExpertsScoreTheAwardIsNoticedObjectedToMadeFinalAndTheLoserReadsItsFeedback()
            throws InterruptedException {
        Api api = new Api(app);
        Api firm = api.as("hengtai.zhao", DemoAccounts.PASSWORD);
        Api staff = api.as("staff.wang", DemoAccounts.PASSWORD);
        Api team = api.as("yrdam.zheng", DemoAccounts.PASSWORD);
        Api other = api.as("esslab.huang", DemoAccounts.PASSWORD);
        Api conflicted = api.as("zbut.liu", DemoAccounts.PASSWORD);
        for (String expert : EXPERTS) {
            Api e = api.as(expert, DemoAccounts.PASSWORD);
            long id = e.get("/api/v1/users/me").json().getJsonNumber("id").longValue();
            assertEquals(200, e.put("/api/v1/users/" + id + "/expert-profile", Json.createObjectBuilder()
                    .add("fields", Json.createArrayBuilder().add("ENERGY_STORAGE")).add("title", "研究员").build()).status());
        }
        long partner = conflicted.get("/api/v1/users/me").json().getJsonNumber("organizationId").longValue();
        String title = "评审页面测试" + System.nanoTime() % 100000;
        Instant deadline = Instant.now().plusSeconds(RunningApp.MIN_BIDDING_SECONDS + 4);
        long challenge = publish(firm, staff, aChallenge(title, "问题", deadline).build()).getJsonNumber("id").longValue();
        long teamBid = team.post("/api/v1/challenges/" + challenge + "/bids", Json.createObjectBuilder(
                aBid("<p>团队方案</p>", "800000.00").build()).add("partnerOrganizationIds", Json.createArrayBuilder().add(partner))
                .build()).json().getJsonNumber("id").longValue();
        assertEquals(200, team.post("/api/v1/bids/" + teamBid + "/submit", "").status());
        long otherBid = other.post("/api/v1/challenges/" + challenge + "/bids", aBid("<p>另一方案</p>", "900000.00").build())
                .json().getJsonNumber("id").longValue();
        assertEquals(200, other.post("/api/v1/bids/" + otherBid + "/submit", "").status());
        while (!"EVALUATING".equals(api.get("/api/v1/challenges/" + challenge).json().getString("status"))) {
            assertTrue(Instant.now().isBefore(deadline.plusSeconds(90)), "bidding closes");
            Thread.sleep(500);
        }

        logIn("staff.wang");
        browser.width(1280, 900).open("/challenge/view?id=" + challenge).click("staffReview");
        assertTrue(browser.waitForText(By.id("panel"), "无利益冲突的专家：3 人"),
                "three unconflicted experts of the field to draw from (the partner's expert is not among them)");
        browser.click("review:draw");
        assertTrue(browser.waitForText(By.id("review:members"), "随机抽取"), "the panel is drawn");
        assertEquals(3, browser.findAll(By.cssSelector("#review\\:members tbody tr")).size());
        browser.screenshot("review-panel");

        int[][] marks = { { 85, 80, 70, 80, 75 }, { 70, 70, 70, 70, 70 } };
        for (String expert : EXPERTS) {
            logIn(expert);
            browser.open("/review/assignments");
            assertTrue(browser.waitForText(By.id("assignments:table"), title), expert + " sees its assignments");
            assertEquals(2, browser.findAll(By.cssSelector("#assignments\\:table tbody tr")).stream()
                    .filter(row -> row.getText().contains(title)).count(), "both bids of this challenge");
            if (expert.equals("expert.chen")) {
                browser.screenshot("review-assignments");
            }
            long[] bids = { teamBid, otherBid };
            for (int b = 0; b < 2; b++) {
                browser.open("/review/score?bid=" + bids[b]);
                assertFalse(browser.text().contains("团队方案") || browser.text().contains("另一方案"),
                        "the bid shows only after the declaration");
                browser.click("declare:noConflict");
                assertTrue(browser.waitForText("已声明无利益冲突"), "the declaration is recorded");
                for (int c = 0; c < 5; c++) {
                    browser.type("score:criteria:" + c + ":value_input", String.valueOf(marks[b][c]))
                            .type("score:criteria:" + c + ":comment", "意见 " + c);
                }
                if (expert.equals("expert.chen") && b == 0) {
                    browser.width(390, 844).screenshot("review-score-390");
                    assertFalse(browser.scrollsHorizontally(), "scoring works on a phone");
                    browser.width(1280, 900);
                }
                browser.click("score:submit").click(By.cssSelector(".ui-confirmdialog-yes"));
                assertTrue(browser.waitForText("评分已提交"), expert + " submitted");
            }
        }

        logIn("staff.wang");
        browser.open("/staff/review?id=" + challenge);
        assertTrue(browser.waitForText(By.id("ranking"), "评分已全部提交"), "every score is in");
        browser.screenshot("review-ranking");
        browser.click(By.cssSelector("label[for='review:proposed:0']"));
        browser.click("review:propose").click(By.cssSelector(".ui-confirmdialog-yes"));
        assertTrue(browser.waitForText(By.id("challengeStatus"), "公示中"), "on public notice");
        Instant proposedBy = Instant.now();

        browser.forgetSession().open("/notice/list");
        assertTrue(browser.waitForText(title), "the notice is listed for anyone");
        browser.open("/notice/view?id=" + challenge);
        assertTrue(browser.waitForText(By.id("winners"), "长三角先进材料研究院"));
        assertFalse(browser.text().contains("陈志远"), "no expert names on the notice");
        browser.screenshot("notice");

        logIn("esslab.huang");
        browser.open("/notice/view?id=" + challenge);
        browser.choose("objection:bid", "长三角先进材料研究院");
        browser.type("objection:reason", "拟揭榜方的中试计划缺少设备清单");
        browser.click("objection:lodge").click(By.cssSelector(".ui-confirmdialog-yes"));
        assertTrue(browser.waitForText("异议已提交"), "the objection is lodged during the notice");

        logIn("staff.wang");
        browser.open("/staff/review?id=" + challenge);
        browser.type("review:objectionList:0:resolution", "设备清单见申报附件第 3 页");
        browser.click("review:objectionList:0:dismiss");
        assertTrue(browser.waitForText("异议已处理"));
        while (Instant.now().isBefore(proposedBy.plusSeconds(RunningApp.NOTICE_SECONDS + 2))) {
            Thread.sleep(500);
        }
        browser.open("/staff/review?id=" + challenge);
        browser.click("review:award").click(By.cssSelector(".ui-confirmdialog-yes"));
        assertTrue(browser.waitForText(By.id("challengeStatus"), "已定榜"), "the award is final");

        logIn("esslab.huang");
        browser.open("/bid/view?id=" + otherBid).click("openFeedback");
        assertTrue(browser.waitForText(By.id("rank"), "第 2 名"), "the losing bidder reads its rank");
        assertTrue(browser.text().contains("意见 0"), "and the comments");
        assertFalse(browser.text().contains("陈志远") || browser.text().contains("expert.chen"), "never the experts' names");
        browser.screenshot("review-feedback");
        browser.open("/notice/view?id=" + challenge);
        assertTrue(browser.waitForText(By.id("objections"), "设备清单见申报附件第 3 页"), "the notice shows how it was resolved");
    }
}
