package org.jiebang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.json.Json;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.Challenges;
import org.jiebang.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Post → review → publish → find by a Chinese keyword → open the detail page, in headless Chromium. */
class ChallengeBrowserIT extends BrowserTest {

    @Test
    void aChallengeIsPostedVettedPublishedFoundAndRead() throws java.io.IOException {
        String marker = "镍钴" + Long.toString(System.nanoTime() % 100000);
        String title = "高镍三元正极材料" + marker + "包覆工艺攻关";
        String deadline = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(20)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));

        logIn("hengtai.zhao");
        browser.open("/challenge/mine").click("newChallenge");
        browser.type("post:title", title)
                .type("post:summary", "降低高镍正极材料的表面残碱，提高循环稳定性")
                .choose("post:field", "储能与电池")
                .type("post:industry", "锂电池材料")
                .type("post:region_input", "330402");
        browser.find("post:region_input").sendKeys(Keys.ESCAPE);
        browser.screenshot("post-basics");
        browser.click("post:next");
        browser.type("post:background", "公司年产 2 万吨高镍正极材料，残碱偏高导致浆料凝胶")
                .type("post:problem", "现有水洗工艺使容量损失超过 3%，需要新的包覆工艺")
                .type("post:indicators:0:iName", "表面残碱")
                .type("post:indicators:0:iTarget", "≤ 1500")
                .type("post:indicators:0:iUnit", "ppm")
                .type("post:indicators:0:iVerification", "第三方检测机构按 GB/T 滴定法");
        browser.click("post:next");
        browser.type("post:budget_input", "800000")
                .type("post:duration_input", "12")
                .type("post:ipTerms", "成果归发榜方所有");
        // the date picker last, and closed as a user closes it: by clicking beside it
        browser.type("post:deadline_input", deadline);
        browser.find("post:deadline_input").sendKeys(Keys.ESCAPE);
        browser.click(By.tagName("h1"));
        browser.screenshot("post-terms");
        browser.click("post:next");
        java.nio.file.Path pdf = java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("技术要求", ".pdf"),
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF");
        browser.upload("post:upload_input", pdf);
        assertTrue(browser.waitForText(By.cssSelector(".jb-files li"), pdf.getFileName().toString()),
                "the uploaded file is listed once stored");
        browser.screenshot("post-attachments");
        browser.click("post:next");
        assertTrue(browser.waitForText(title), "the review step shows what will be submitted");
        browser.click("post:submit");
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        // the state is what the owner relies on (the flash message after the redirect is not always kept)
        assertTrue(browser.waitForText(By.id("challengeStatus"), "待审核"), "submitted for review");
        assertTrue(browser.currentPath().startsWith("/challenge/view"), browser.currentPath());
        String detail = browser.currentPath();

        logIn("staff.li");
        browser.open("/staff/challenges");
        assertTrue(browser.waitForText(title), "the challenge waits in the vetting queue");
        browser.open(detail).click("actions:approve");
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        assertTrue(browser.waitForText("榜单已发布"));

        browser.forgetSession().open("/challenge/list");
        browser.type("q", marker);
        browser.click("search");
        assertTrue(browser.waitForText(title), "found by a Chinese keyword");
        assertTrue(browser.currentPath().contains("q="), "the search is in the URL");
        browser.screenshot("hall");
        browser.click(By.linkText(title));
        assertTrue(browser.find("challengeTitle").getText().contains(title));
        assertTrue(browser.text().contains("表面残碱"), "the indicators table");
        assertTrue(browser.text().contains("揭榜中"));
        assertTrue(browser.text().contains(pdf.getFileName().toString()), "the attachment is offered for download");
        browser.screenshot("challenge-detail");
    }

    @Test
    void theOwnerAmendsAPublishedChallengeAndTheAskerIsTold() {
        Api api = new Api(app);
        Api firm = api.as("hengtai.zhao", DemoAccounts.PASSWORD);
        String title = "更正页面测试" + System.nanoTime() % 100000;
        long id = Challenges.publish(firm, api.as("staff.wang", DemoAccounts.PASSWORD),
                Challenges.aChallenge(title, "原始问题描述", Instant.now().plus(Duration.ofDays(20))).build())
                .getJsonNumber("id").longValue();
        assertEquals(201, api.as("yrdam.zheng", DemoAccounts.PASSWORD).post("/api/v1/challenges/" + id + "/questions",
                Json.createObjectBuilder().add("text", "测试温度是多少？").build()).status());

        logIn("hengtai.zhao");
        browser.open("/challenge/view?id=" + id).click("actions:amend");
        assertTrue(browser.waitForText("更正已发布的榜单"));
        browser.click("post:next");
        browser.type("post:problem", "原始问题描述；补充：需在 -20℃ 下测试");
        browser.click("post:next");
        browser.click("post:next");
        browser.click("post:next");
        browser.type("post:reason", "补充低温测试要求");
        browser.screenshot("amend-review");
        browser.click("post:publishAmendment");
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.screenshot("amend-published");
        assertTrue(browser.waitForText(By.id("amendments"), "补充低温测试要求"), "the history shows the reason");
        assertTrue(browser.currentPath().startsWith("/challenge/view"), browser.currentPath());
        assertTrue(browser.text().contains("需在 -20℃ 下测试"), "the page shows the amended problem");

        logIn("yrdam.zheng");
        assertTrue(Integer.parseInt(browser.find("unreadCount").getText().strip()) >= 1, "the bell counts unread");
        browser.click("navNotifications");
        assertTrue(browser.waitForText(title), "the amendment is among the notifications");
        browser.screenshot("notifications");
        browser.click("notifications:markAll");
        assertTrue(browser.waitForNone(By.cssSelector("#navNotifications .jb-badge")),
                "the bell's count goes with 'mark all read', on the same page");
        browser.click(By.xpath("//article[contains(., '" + title + "')]//a[contains(@class, 'jb-notification-open')]"));
        assertTrue(browser.waitForPath("/challenge/view?id=" + id), "the notification leads to the challenge");
    }

    @Test
    void aResearcherUndertakesConfidentialityToReadTheDetailsAndTheOwnerSeesWho() {
        Api api = new Api(app);
        String title = "保密承诺页面测试" + System.nanoTime() % 100000;
        long id = Challenges.publish(api.as("hengtai.zhao", DemoAccounts.PASSWORD), api.as("staff.wang", DemoAccounts.PASSWORD),
                Challenges.aChallenge(title, "问题", Instant.now().plus(Duration.ofDays(20))).build())
                .getJsonNumber("id").longValue();

        logIn("esslab.huang");
        browser.width(1280, 900).open("/challenge/view?id=" + id);
        assertTrue(browser.waitForText(By.id("confidential"), "签署保密承诺并查看"), "the undertaking is offered");
        assertTrue(!browser.text().contains("LLZO"), "the details stay hidden until then");
        browser.scrollTo("confidential").screenshot("undertaking-offered");
        browser.width(390, 844);
        assertTrue(!browser.scrollsHorizontally(), "usable on a phone");
        browser.scrollTo("confidential").screenshot("undertaking-offered-390");
        browser.click("undertakingForm:undertake");
        assertTrue(browser.waitForText(By.id("confidential"), "LLZO"), "accepted, the details show");
        browser.scrollTo("confidential").screenshot("undertaking-accepted-390");
        browser.width(1280, 900).open("/challenge/view?id=" + id + "&lang=en");
        assertTrue(browser.waitForText(By.id("confidential"), "LLZO"), "and stay readable, in English too");
        assertTrue(browser.text().contains("Confidential details"));
        browser.assertNoJavaScriptErrors();
        browser.open("/?lang=zh");

        logIn("hengtai.zhao");
        browser.open("/challenge/view?id=" + id);
        assertTrue(browser.waitForText(By.id("confidential"), "esslab.huang"), "the owner sees who undertook, and when");
        browser.scrollTo("confidential").screenshot("undertakings-for-owner");
    }
}
