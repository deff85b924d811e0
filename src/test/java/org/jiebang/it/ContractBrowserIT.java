package org.jiebang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.Awards;
import org.jiebang.testing.Awards.Awarded;
import org.jiebang.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A contract's life in headless Chromium, through the pages (SPEC §6, §7): staff issue a voucher;
 * both parties sign; a milestone is submitted with evidence, rejected with a reason, resubmitted
 * and accepted; the firm pays part of it with the voucher and staff approve; the final milestone's
 * measured value shows beside the target and the promise, and its acceptance closes the contract.
 * The pages are looked at in Chinese and English, at 1280 and 390 px.
 */
class ContractBrowserIT extends BrowserTest {

    private static int indexOf(String cssRows, String text) {
        List<WebElement> rows = browser.findAll(By.cssSelector(cssRows));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no row with " + text);
    }

    private static void confirm() {
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    }

    private static void atBothWidths(String name) {
        atBothWidths(name, null);
    }

    /** Screenshots at 1280 and 390 px (scrolled to {@code section} when given); no sideways scrolling on the phone. */
    private static void atBothWidths(String name, String section) {
        browser.width(1280, 900);
        if (section != null) {
            browser.scrollTo(section);
        }
        browser.screenshot(name);
        browser.width(390, 844);
        assertFalse(browser.scrollsHorizontally(), name + " is usable on a phone");
        if (section != null) {
            browser.scrollTo(section);
        }
        browser.screenshot(name + "-390");
        browser.width(1280, 900);
    }

    @Test
    void bothSignAMilestoneIsRejectedResubmittedAcceptedPaidWithAVoucherAndTheFinalAcceptanceClosesTheContract()
            throws Exception {
        Awarded a = Awards.single();
        long id = a.teamContract();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        logIn("staff.wang");
        browser.width(1280, 900).open("/staff/vouchers");
        browser.choose("vouchers:firm", "嘉兴恒泰新能源科技有限公司");
        browser.type("vouchers:amount_input", "50000").type("vouchers:region", "330400")
                .type("vouchers:validFrom", today.minusDays(1).toString())
                .type("vouchers:validTo", today.plusDays(60).toString())
                .type("vouchers:acceptedRegions", "330000, 310000");
        browser.click("vouchers:issueVoucher");
        confirm();
        assertTrue(browser.waitForText("创新券已发放"), "the voucher is issued");

        logIn("hengtai.zhao");
        browser.open("/contract/list");
        assertTrue(browser.waitForText(a.title()), "the firm finds its contract");
        browser.open("/contract/view?id=" + id);
        assertTrue(browser.waitForText(By.id("contractStatus"), "草拟中"));
        assertTrue(browser.text().contains("≥ 2500 次"), "the promise beside the target in the acceptance criteria");
        atBothWidths("contract-draft");
        String shown = browser.find("textSha").getText();
        browser.click("contract:sign");
        assertTrue(browser.waitForText(By.cssSelector(".ui-confirm-dialog-message"), shown), "the hash signed is shown first");
        confirm();
        assertTrue(browser.waitForText("已签署"), "the firm signed");

        logIn("yrdam.zheng");
        browser.open("/contract/view?id=" + id).click("contract:sign");
        confirm();
        assertTrue(browser.waitForText(By.id("contractStatus"), "已签订"), "both signed");
        Path evidence = Files.createTempFile("检测报告", ".pdf");
        Files.write(evidence, ContractApiIT.PDF);
        browser.upload("contract:milestones:0:evidenceUpload_input", evidence);
        assertTrue(browser.waitForText(By.cssSelector("[id='contract:milestones:0:submitForm'] .jb-files"),
                evidence.getFileName().toString()), "the evidence is uploaded and listed by the server");
        browser.type("contract:milestones:0:deliverables", "电解质配方定型，附检测报告");
        browser.click("contract:milestones:0:submitMilestone");
        confirm();
        assertTrue(browser.waitForText("里程碑已提交"));
        atBothWidths("contract-board-submitted", "board");

        logIn("hengtai.zhao");
        browser.open("/contract/view?id=" + id).click("contract:milestones:0:reject");
        assertTrue(browser.waitForText("请填写原因"), "a rejection needs a reason");
        browser.type("contract:milestones:0:comment", "检测报告缺少 CMA 章");
        browser.click("contract:milestones:0:reject");
        assertTrue(browser.waitForText("里程碑已退回"));

        logIn("yrdam.zheng");
        browser.open("/contract/view?id=" + id);
        assertTrue(browser.waitForText(By.id("board"), "检测报告缺少 CMA 章"), "the contractor reads why");
        browser.type("contract:milestones:0:deliverables", "补充盖章检测报告");
        browser.click("contract:milestones:0:submitMilestone");
        confirm();
        assertTrue(browser.waitForText("里程碑已提交"));

        logIn("hengtai.zhao");
        browser.open("/contract/view?id=" + id).click("contract:milestones:0:accept");
        confirm();
        assertTrue(browser.waitForText("里程碑已验收"));

        browser.open("/voucher/wallet");
        assertTrue(browser.waitForText(By.id("wallet"), "¥50,000.00"));
        browser.choose("wallet:vouchers:0:contract", "No. " + id + " " + a.title());
        browser.type("wallet:vouchers:0:redeemAmount_input", "100000");
        browser.click("wallet:vouchers:0:redeem");
        confirm();
        assertTrue(browser.waitForText("创新券余额为 50000.00 元"), "more than the balance is refused, naming the rule");
        browser.type("wallet:vouchers:0:redeemAmount_input", "30000");
        browser.click("wallet:vouchers:0:redeem");
        confirm();
        assertTrue(browser.waitForText("已申请兑付"));
        assertTrue(browser.text().contains("¥20,000.00"), "the amount is held");
        atBothWidths("voucher-wallet");

        logIn("staff.wang");
        browser.open("/staff/vouchers");
        int row = indexOf("#pending .jb-redemption", a.title());
        browser.click("vouchers:redemptions:" + row + ":approve");
        confirm();
        assertTrue(browser.waitForText("已批准兑付"));

        logIn("yrdam.zheng");
        browser.open("/contract/view?id=" + id);
        assertTrue(browser.waitForText(By.id("paid"), "¥30,000.00"), "the provider is paid with the voucher");
        assertTrue(browser.find("timeline").getText().contains("申请创新券兑付"));
        browser.type("contract:milestones:1:deliverables", "中试报告与第三方检测");
        browser.type("contract:milestones:1:measures:0:measured", "2650 次");
        browser.click("contract:milestones:1:submitMilestone");
        confirm();
        assertTrue(browser.waitForText("里程碑已提交"));
        String board = browser.find("board").getText();
        assertTrue(board.contains("≥ 2000") && board.contains("≥ 2500 次") && board.contains("2650 次") && board.contains("达标"),
                "measured beside target and promise: " + board);

        logIn("hengtai.zhao");
        browser.open("/contract/view?id=" + id).click("contract:milestones:1:accept");
        assertTrue(browser.waitForText(By.cssSelector(".ui-confirm-dialog-message"), "最终验收"), "the final acceptance says so");
        confirm();
        assertTrue(browser.waitForText(By.id("contractStatus"), "已验收结题"), "the final acceptance closes the contract");
        assertTrue(browser.find("contract:reportPdf").isDisplayed(), "the acceptance report is offered");
        atBothWidths("contract-closed", "board");
        atBothWidths("contract-timeline", "timeline");
        Api api = new Api(app);
        assertEquals("COMPLETED", api.get("/api/v1/challenges/" + a.challenge()).json().getString("status"));
        assertEquals(new BigDecimal("30000.00"), api.as("hengtai.zhao", DemoAccounts.PASSWORD).get("/api/v1/contracts/" + id)
                .json().getJsonNumber("paid").bigDecimalValue());

        browser.forgetSession().open("/trace/view?id=" + a.challenge());
        assertTrue(browser.waitForText(By.id("traceTimeline"), "合同验收结题"), "a visitor follows the challenge to its end");
        String trace = browser.find("traceTimeline").getText();
        assertTrue(trace.contains("揭榜团队") && trace.contains("郑海涛") && trace.contains("创新券兑付"), trace);
        assertFalse(trace.contains("¥30,000.00 · 付款"), "no payment details for visitors");
        atBothWidths("trace-public");
        logIn("hengtai.zhao");
        browser.open("/contract/view?id=" + id + "&lang=en");
        assertTrue(browser.waitForText(By.id("board"), "Milestone board"));
        assertTrue(browser.text().contains("Closed after final acceptance") && browser.text().contains("Timeline"));
        atBothWidths("contract-closed-en", "board");
        browser.open("/voucher/wallet");
        assertTrue(browser.waitForText("My innovation vouchers"));
        atBothWidths("voucher-wallet-en");
        browser.open("/?lang=zh");
    }
}
