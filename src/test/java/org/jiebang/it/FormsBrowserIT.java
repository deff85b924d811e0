package org.jiebang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.BrowserTest;
import org.jiebang.testing.Challenges;
import org.jiebang.testing.Registrations;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What people expect of the forms (issue 14): a firm awaiting verification is told so before it
 * types; a deadline can be typed, and its rule is told beside it on its own step, in days; a bid's
 * refusals stand beside their fields, in form order, in the page's words.
 */
class FormsBrowserIT extends BrowserTest {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The error text shown beside the input {@code inputId}, or "" when there is none. */
    private static String messageBeside(String inputId) {
        List<WebElement> found = browser.findAll(By.xpath("//*[@id='" + inputId + "']/ancestor::*[contains(@class,'jb-field')"
                + " or self::td][1]//*[contains(@class,'ui-message-error')]"));
        return found.isEmpty() ? "" : found.get(0).getText().strip();
    }

    @Test
    void aFirmAwaitingVerificationIsToldWhyItCannotPostYet() {
        String username = Registrations.freshUsername("wait");
        Api.Answer registered = new Api(app).post("/api/v1/organizations",
                Registrations.registration("待认证企业" + username, "ENTERPRISE", username, "Wait-pass-2026"));
        assertEquals(201, registered.status(), registered.toString());

        logIn(username, "Wait-pass-2026");
        browser.open("/challenge/mine");
        assertTrue(browser.find("unverified").getText().contains("认证尚在审核中"), "my challenges says why");
        assertTrue(browser.findAll(By.id("newChallenge")).isEmpty(), "no button that leads to a form it cannot send");
        browser.open("/challenge/edit");
        assertTrue(browser.find("unverified").getText().contains("认证尚在审核中"), "the posting page says why, before any typing");
        assertTrue(browser.findAll(By.id("post:title")).isEmpty(), "and shows no form");
    }

    @Test
    void aTypedDeadlineIsKeptAndItsRuleIsToldBesideItInDays(@org.junit.jupiter.api.io.TempDir java.nio.file.Path files)
            throws java.io.IOException {
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        // the tests' app asks MIN_BIDDING_SECONDS of bidding instead of 7 days: yesterday is too soon either way
        String tooSoon = LocalDateTime.now(beijing).minusDays(1).format(TYPED);
        String later = LocalDateTime.now(beijing).plusDays(30).withHour(16).withMinute(30).format(TYPED);

        logIn("hengtai.zhao");
        browser.open("/challenge/mine").click("newChallenge");
        String title = "键盘输入截止时间测试" + System.nanoTime() % 100000;
        browser.type("post:title", title).type("post:summary", "测试摘要");
        browser.click("post:next");
        assertTrue(browser.currentPath().matches("/challenge/edit\\?id=[0-9]+"), "the address names the draft now: "
                + browser.currentPath());
        browser.type("post:background", "背景").type("post:problem", "问题");
        browser.click("post:next");
        // typed, as a keyboard user types it, and straight on to the next step
        browser.type("post:deadline_input", tooSoon);
        browser.click("post:next");
        String told = messageBeside("post:deadline_input");
        assertTrue(told.contains("至少 " + RunningApp.MIN_BIDDING_SECONDS + " 秒"), "the rule beside the deadline, worded: " + told);
        assertEquals(tooSoon, browser.find("post:deadline_input").getAttribute("value"), "what was typed stays");
        assertTrue(browser.findAll(By.id("post:upload_input")).isEmpty(), "the form stays on the terms step");

        browser.type("post:deadline_input", later);
        browser.click("post:next");
        assertTrue(browser.findAll(By.id("post:deadline_input")).isEmpty(), "a deadline 30 days ahead is accepted, but: "
                + messageBeside("post:deadline_input") + " / " + browser.findAll(By.id("post:deadline_input")).stream()
                        .map(e -> e.getAttribute("value")).toList() + " / " + browser.findAll(By.cssSelector(".ui-message-error, .ui-messages-error"))
                        .stream().map(WebElement::getText).toList());
        assertTrue(browser.waitForText("PDF"), "on to the attachments step");

        // a file too large, a file of the wrong kind: each refused with the reason, and the next good file clears it
        java.nio.file.Path large = files.resolve("试验数据.pdf");
        try (var out = java.nio.file.Files.newOutputStream(large)) {
            out.write("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            // past the container's 64 MB too: refused with the reason before it is sent, never a silent failure
            out.write(new byte[70 * 1024 * 1024]);
        }
        browser.upload("post:upload_input", large);
        assertTrue(browser.waitForText("试验数据.pdf：文件不能超过 20 MB"), "a 70 MB file is refused with its reason");
        java.nio.file.Path program = java.nio.file.Files.writeString(files.resolve("setup.exe"), "MZ");
        browser.upload("post:upload_input", program);
        assertTrue(browser.waitForText("只接受 PDF"), "an .exe is refused with its reason");
        java.nio.file.Path pdf = java.nio.file.Files.writeString(files.resolve("技术要求.pdf"),
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF");
        browser.upload("post:upload_input", pdf);
        assertTrue(browser.waitForText(By.cssSelector(".jb-files li"), pdf.getFileName().toString()), "a good file is stored");
        assertFalse(browser.text().contains("文件不能超过 20 MB") || browser.text().contains("只接受 PDF、DOCX"),
                "and the old refusals are gone");
        browser.click("post:back");
        assertEquals(later, browser.find("post:deadline_input").getAttribute("value"), "the typed deadline was kept, not replaced");
        assertEquals("", messageBeside("post:deadline_input"));

        // starting again offers the draft instead of leaving another copy of it
        browser.open("/challenge/mine").click("newChallenge");
        assertTrue(browser.find("draftsForm:drafts").getText().contains(title), "the draft is offered");
        browser.click(By.linkText(title));
        assertEquals(title, browser.find("post:title").getAttribute("value"));
    }

    @Test
    void aDraftIsDeletedWithConfirmationAndUnsavedTypingIsGuarded() {
        logIn("hengtai.zhao");
        browser.open("/challenge/mine").click("newChallenge");
        assertFalse(browser.leavingAsks(), "nothing typed yet: leaving does not ask");
        String title = "删除草稿测试" + System.nanoTime() % 100000;
        browser.type("post:title", title);
        assertTrue(browser.leavingAsks(), "typed and not saved: leaving asks first");
        browser.click("post:save");
        assertTrue(browser.waitForText("草稿已保存"));
        assertFalse(browser.leavingAsks(), "saved: leaving does not ask");
        String draftId = browser.currentPath().replaceFirst(".*[?&]id=(\\d+).*", "$1");
        assertTrue(draftId.matches("[0-9]+"), "the address names the draft: " + browser.currentPath());
        browser.type("post:summary", "改了还没保存");
        assertTrue(browser.leavingAsks());

        browser.open("/challenge/mine");
        WebElement row = browser.findAll(By.xpath("//tr[contains(., '" + title + "')]")).get(0);
        row.findElement(By.cssSelector("button[id$=':deleteDraft']")).click();
        assertTrue(browser.waitForText(By.cssSelector(".ui-confirm-dialog-message"), title), "the confirmation names the draft");
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        assertTrue(browser.waitForText("草稿已删除"));
        assertFalse(browser.find("mine").getText().contains(title), "gone from my challenges");
        browser.open("/challenge/edit");
        assertFalse(browser.findAll(By.id("draftsForm:drafts")).stream().anyMatch(d -> d.getText().contains(title)),
                "and no longer offered");
        Api staff = new Api(app).as("staff.wang", DemoAccounts.PASSWORD);
        assertTrue(staff.get("/api/v1/audit?size=50").json().getJsonArray("items").stream().map(e -> e.asJsonObject())
                .anyMatch(e -> e.getString("action").equals("CHALLENGE_DRAFT_DELETED") && e.getString("entityId", "").equals(draftId)),
                "the deletion of this draft is in the audit log");
    }

    @Test
    void aFirmLogsInAndFillsThePostingFormsFirstStepWithTheKeyboardAlone() {
        browser.forgetSession().width(1280, 900).open("/login");
        browser.tabTo("login:username", 40).keys("hengtai.zhao").keys(org.openqa.selenium.Keys.TAB).keys(DemoAccounts.PASSWORD)
                .keys(org.openqa.selenium.Keys.ENTER);
        browser.waitForLoggedInOrMessage();
        assertFalse(browser.currentPath().startsWith("/login"), "logged in with the keyboard");

        browser.open("/challenge/edit");
        String title = "键盘填写测试" + System.nanoTime() % 100000;
        browser.tabTo("post:title", 80).keys(title);
        browser.tabTo("post:summary", 5).keys("只用键盘填写");
        browser.tabTo("post:field", 5).keys(org.openqa.selenium.Keys.ARROW_DOWN);
        assertFalse(browser.find("post:field_label").getText().isBlank(), "a field chosen with the arrow keys");
        browser.tabTo("post:industry", 5).keys("海上风电");
        browser.tabTo("post:region_input", 5).keys("嘉兴");
        assertTrue(browser.waitForText(By.cssSelector("[id='post:region_panel']"), "嘉兴市"), "suggestions by name");
        browser.keys(org.openqa.selenium.Keys.ARROW_DOWN).keys(org.openqa.selenium.Keys.ENTER);
        assertTrue(browser.find("post:region_input").getAttribute("value").matches(".*嘉兴.* 3304[0-9]{2}"),
                "a suggestion taken with the keyboard: " + browser.find("post:region_input").getAttribute("value"));
        browser.tabTo("post:next", 30).keys(org.openqa.selenium.Keys.ENTER);
        assertTrue(browser.find("post:background").isDisplayed(), "on to the next step");
        assertTrue(browser.currentPath().matches("/challenge/edit\\?id=[0-9]+"), "the draft is saved: " + browser.currentPath());
    }

    @Test
    void aWordLeftOutOfAChineseSearchStillFindsTheChallengeAndARegionIsFoundByItsCity() {
        Api api = new Api(app);
        String marker = Long.toString(System.nanoTime() % 100000);
        String title = "储能电站电池热失控早期预警技术" + marker;
        Challenges.publish(api.as("hengtai.zhao", DemoAccounts.PASSWORD), api.as("staff.wang", DemoAccounts.PASSWORD),
                Challenges.aChallenge(title, "问题", Instant.now().plus(Duration.ofDays(20))).build());
        browser.forgetSession().width(1280, 900).open("/challenge/list");
        browser.type("q", "热失控预警 " + marker).click("search");
        assertTrue(browser.waitForText(title), "热失控预警 finds 热失控早期预警");

        logIn("hengtai.zhao");
        browser.open("/challenge/edit");
        browser.find("post:region_input").sendKeys("嘉兴");
        assertTrue(browser.waitForText(By.cssSelector("[id='post:region_panel']"), "浙江省嘉兴市南湖区 330402"),
                "the city's counties are offered by name");
        browser.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '南湖区')]"));
        assertEquals("浙江省嘉兴市南湖区 330402", browser.find("post:region_input").getAttribute("value"));
    }

    @Test
    void theHomePageShowsTheMarketsLiveFiguresAndItsLatestChallengesAndADetailPageSaysHowToTakePart() {
        Api api = new Api(app);
        String title = "首页最新榜单测试" + System.nanoTime() % 100000;
        long id = Challenges.publish(api.as("hengtai.zhao", DemoAccounts.PASSWORD), api.as("staff.wang", DemoAccounts.PASSWORD),
                Challenges.aChallenge(title, "问题", Instant.now().plus(Duration.ofDays(20))).build()).getJsonNumber("id").longValue();
        long open = api.get("/api/v1/challenges?status=PUBLISHED&size=1").json().getJsonNumber("total").longValue();

        browser.forgetSession().width(1280, 900).open("/");
        assertTrue(browser.waitForText(By.id("latest"), title), "the newest challenge is on the home page");
        assertEquals(String.valueOf(open), browser.find("figureOpen").getText().strip(), "challenges open for bids, counted live");
        assertTrue(browser.find("figureBounty").getText().endsWith("万元"));
        assertFalse(browser.text().contains("100%"), "no filler figures");
        browser.click(By.linkText(title));
        assertTrue(browser.waitForText(By.id("howToTakePart"), "如何揭榜"), "a visitor is told how to take part");
        assertTrue(browser.find("howToTakePart").getText().contains("截止时间"));
        browser.click("howtoRegister");
        assertTrue(browser.waitForPath("/register"));
        browser.open("/challenge/view?id=" + id);
        assertTrue(browser.find("challengeTitle").getText().contains(title));
    }

    @Test
    void aBidsRefusalsStandBesideTheirFieldsInFormOrderAndInThePagesWords() {
        Api api = new Api(app);
        long challenge = Challenges.publish(api.as("hengtai.zhao", DemoAccounts.PASSWORD), api.as("staff.wang", DemoAccounts.PASSWORD),
                Challenges.aChallenge("表单错误位置测试" + System.nanoTime() % 100000, "问题", Instant.now().plus(Duration.ofDays(20)))
                        .build()).getJsonNumber("id").longValue();
        long bid = api.as("yrdam.he", DemoAccounts.PASSWORD).post("/api/v1/challenges/" + challenge + "/bids", "{}")
                .json().getJsonNumber("id").longValue();

        logIn("yrdam.he");
        browser.open("/bid/edit?id=" + bid);
        browser.click("bid:submit");
        assertTrue(browser.waitForText(By.cssSelector(".ui-messages-error"), "处需要更正"), "one line above says how many");
        for (String field : List.of("bid:principalName", "bid:principalTitle", "bid:members:0:mName", "bid:responses:0:promised",
                "bid:price_input", "bid:milestones:0:msTitle")) {
            assertFalse(messageBeside(field).isEmpty(), "a message beside " + field);
        }
        assertEquals("必填", messageBeside("bid:principalName"));
        String page = browser.text();
        for (String raw : List.of("不能为null", "不能为空", "个数必须", "must not be", "size must")) {
            assertFalse(page.contains(raw), "a validator's default text: " + raw);
        }
        // above the form one line only, not a list of every refusal out of order
        assertEquals(1, browser.findAll(By.cssSelector("#messages .ui-messages-error-summary")).size(),
                browser.find("messages").getText());
        assertTrue(browser.findAll(By.cssSelector("#bid .ui-message-error")).size() >= 6, "the fields are marked");
        browser.screenshot("bid-errors-beside-fields");
    }

    @Test
    void theHallKeepsEveryOtherFilterWhenABountyIsNotAnAmountAndFoldsItsFiltersOnAPhone() {
        Api api = new Api(app);
        String word = "筛选保留" + System.nanoTime() % 100000;
        Challenges.publish(api.as("hengtai.zhao", DemoAccounts.PASSWORD), api.as("staff.wang", DemoAccounts.PASSWORD),
                Challenges.aChallenge(word + "储能测试", "问题", Instant.now().plus(Duration.ofDays(20))).build());

        browser.forgetSession().open("/challenge/list");
        browser.type("q", word).type("min", "五十万").type("max", "2000000");
        // applied from the button below the filters, not only from the search button at the top
        browser.click("applyFilters");
        assertTrue(browser.find("minInvalid").getText().contains("500000"), "the bound that is not an amount is named beside it");
        assertEquals("五十万", browser.find("min").getAttribute("value"), "what was typed stays");
        assertEquals(word, browser.find("q").getAttribute("value"), "the words stay");
        assertEquals("2000000", browser.find("max").getAttribute("value"), "the other bound stays");
        assertTrue(browser.waitForText(word + "储能测试"), "and still applies: the challenge is found");

        browser.width(390, 844).open("/challenge/list");
        assertEquals(null, browser.find("q").getAttribute("disabled"));
        assertFalse(browser.findAll(By.cssSelector("details.jb-hall-filters[open]")).size() > 0,
                "on a phone the filters start folded, the results first");
        browser.open("/challenge/list?max=2000000");
        assertTrue(browser.findAll(By.cssSelector("details.jb-hall-filters[open]")).size() > 0, "unless a filter is set");
        browser.width(1280, 900);
    }
}
