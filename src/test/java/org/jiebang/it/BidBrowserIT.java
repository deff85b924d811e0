package org.jiebang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.BrowserTest;
import org.jiebang.testing.Challenges;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Find a challenge → write a bid → submit → see the receipt, in headless Chromium (SPEC §4). */
class BidBrowserIT extends BrowserTest {

    @Test
    void aTeamFindsAChallengeWritesABidSubmitsItAndGetsItsReceipt() throws Exception {
        Api api = new Api(app);
        String word = "揭榜浏览器" + System.nanoTime() % 100000;
        long challenge = Challenges.publish(api.as("hengtai.zhao", DemoAccounts.PASSWORD),
                api.as("staff.wang", DemoAccounts.PASSWORD),
                Challenges.aChallenge(word + "固态电池", "界面问题", Instant.now().plus(Duration.ofDays(20))).build())
                .getJsonNumber("id").longValue();

        logIn("esslab.huang");
        browser.open("/challenge/list");
        browser.type("q", word);
        browser.click("search");
        assertTrue(browser.waitForText(word + "固态电池"));
        browser.click(By.partialLinkText(word));
        browser.click("bidding:startBid");
        assertTrue(browser.waitForText("本单位的揭榜申报"), "the bid page opens");
        assertTrue(browser.currentPath().startsWith("/bid/edit?id="), browser.currentPath());

        // submitting an empty bid names what is missing, and keeps the page
        browser.click("bid:submit");
        assertTrue(browser.waitForText(By.xpath("//*[@id='bid:principalName']/ancestor::*[contains(@class,'jb-field')][1]"
                + "//*[contains(@class,'ui-message-error')]"), "必填"), "the missing principal is named beside its field");
        assertTrue(browser.findAll(By.id("bid:confirmDialog")).stream().noneMatch(d -> d.isDisplayed()),
                "an incomplete bid is not offered for confirmation");

        browser.type("bid:principalName", "黄志明").type("bid:principalTitle", "高级工程师")
                .type("bid:principalRecord", "主持储能安全国家标准起草 2 项");
        browser.type("bid:members:0:mName", "陈晓").type("bid:members:0:mRole", "热失控测试")
                .type("bid:members:0:mOrganization", "储能安全实验室").type("bid:members:0:mExpertise", "电池安全");
        browser.find("bid:approach").findElement(By.cssSelector(".ql-editor")).sendKeys("采用原位固化电解质界面，<script>不会执行</script>");
        browser.type("bid:responses:0:promised", "≥ 3000 次");
        browser.type("bid:price_input", "450000").type("bid:duration_input", "12");
        browser.type("bid:milestones:0:msTitle", "样品交付").type("bid:milestones:0:msDeliverable", "样品与检测报告")
                .type("bid:milestones:0:msMonth_input", "12").type("bid:milestones:0:msShare_input", "100");
        browser.click("bid:save");
        assertTrue(browser.waitForText("草稿已保存"));
        browser.screenshot("bid-edit");
        browser.click("bid:submit");
        assertTrue(browser.waitForText(By.id("bid:confirmDialog"), "¥450,000.00"), "the confirmation shows what will be sent");
        assertTrue(browser.find("bid:confirmDialog").getText().contains("黄志明"));
        browser.click("bid:confirmSubmit");
        assertTrue(browser.waitForText(By.id("bidStatus"), "已提交"), "submitted; the receipt page shows it");
        assertTrue(browser.currentPath().startsWith("/bid/view?id="), browser.currentPath());
        String bidPage = browser.currentPath();
        String sha = browser.find("sha256").getText().strip();
        assertTrue(sha.matches("[0-9a-f]{64}"), sha);
        assertTrue(browser.text().contains("自本回执以来申报内容未改变"));
        assertTrue(browser.text().contains("<script>不会执行</script>"), "typed markup is text, not code");
        browser.screenshot("bid-receipt");
        browser.width(390, 844).open(bidPage.replace("/bid/view", "/bid/edit"));
        assertFalse(browser.scrollsHorizontally(), "the bid form fits a phone");
        browser.screenshot("bid-edit-phone");
        browser.width(1280, 900).open(bidPage);

        // the receipt downloads as a PDF, from the link on the page, as a person downloads it
        java.nio.file.Path receipt = browser.download("receiptPdf", "揭榜回执-bid-", ".pdf");
        assertTrue(new String(java.nio.file.Files.readAllBytes(receipt), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"), "a PDF");

        // "my bids" lists it with its state and receipt
        browser.click("navBids");
        assertTrue(browser.waitForText(word + "固态电池"));
        assertTrue(browser.text().contains("已提交") && browser.text().contains(sha.substring(0, 12)));

        // the firm sees only that there is one bid
        logIn("hengtai.zhao");
        browser.open("/challenge/view?id=" + challenge);
        assertTrue(browser.find("bidCount").getText().contains("1"));
        assertFalse(browser.text().contains("原位固化"), "nothing of its content");
        org.jiebang.testing.Browserless firmPages = new org.jiebang.testing.Browserless(app);
        firmPages.login("hengtai.zhao", DemoAccounts.PASSWORD);
        HttpResponse<String> sealed = firmPages.get(bidPage);
        assertEquals(404, sealed.statusCode(), "the bid's own page does not exist for the firm");
        assertFalse(sealed.body().contains("原位固化") || sealed.body().contains(sha));
    }
}
