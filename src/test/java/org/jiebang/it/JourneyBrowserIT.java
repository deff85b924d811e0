package org.jiebang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Axe;
import org.jiebang.testing.Browser;
import org.jiebang.testing.Registrations;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The whole journey of ISSUE 14, through the pages only (never the API), in headless Chromium: a
 * firm and a research institute register, staff verify both; the firm posts a challenge with an
 * attachment, staff publish it; a researcher finds it by a keyword, asks, the firm answers; two
 * organizations bid; bidding closes; a panel of three experts scores; staff propose, the notice
 * shows, an objection is dismissed, the award is made; both sign the contract; a milestone is
 * delivered, rejected, delivered again and accepted; it is paid in part with an innovation
 * voucher; the final milestone closes the contract; an outcome is recorded and confirmed; the
 * trace page shows it all.
 *
 * <p>The journey runs in Chinese and in English at once, each in its own browser (their waits for
 * the deadline and the public notice overlap). The English journey uses the keyboard alone
 * ({@link Browser#keyboardOnly()}): every field, button, link, menu, suggestion, box and
 * confirmation is reached with Tab and used with Enter, Space, the arrow keys or typing. Every main page is checked at 1280 and 390 px: a
 * screenshot under {@code target/screenshots/journey-…}, no serious or critical axe-core violation,
 * no sideways scrolling on the phone, the bell visible there, and no raw bundle key, missing
 * translation marker or validator's default text. What each step waits for is read from the
 * page's own language bundle, so a text missing from either bundle fails the journey.
 */
class JourneyBrowserIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** The experts' field: no other test gives it to an expert, so the pool is exactly the three. */
    private static final String FIELD = "MARINE";
    private static final List<String> EXPERTS = List.of("expert.chen", "expert.zhang", "expert.wu");
    /** The demo research lab that bids against the new institute (and objects to the award). */
    private static final String RIVAL = "esslab.huang";

    @Test
    void aChallengeGoesFromRegistrationToOutcomeThroughThePagesInChineseAndInEnglish() throws Exception {
        RunningApp app = RunningApp.shared();
        long logMark = app.logMark();
        try (Browser setup = new Browser(app)) {
            Journey zh = new Journey(app, setup, "zh");
            zh.expertsStateTheirField();
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> runs = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            runs.add(pool.submit(() -> {
                try (Browser browser = new Browser(app)) {
                    if (lang.equals("en")) {
                        browser.keyboardOnly();
                    }
                    Journey journey = new Journey(app, browser, lang);
                    try {
                        journey.run();
                    } catch (Throwable failed) {
                        browser.screenshot("FAILED-journey-" + lang);
                        throw failed;
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> run : runs) {
            try {
                run.get();
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError("the journey failed in " + failures.size() + " language(s)", failures.get(0));
            failures.stream().skip(1).forEach(error::addSuppressed);
            throw error;
        }
        // sessions are replicated between nodes: every page's state on the way must survive the move (SessionStateTest)
        assertEquals(List.of(), app.loggedSince(logMark, "Cannot serialize session attribute"),
                "the journey's sessions could be serialized");
    }

    /** One journey in one language, in its own browser. */
    static final class Journey {

        private final RunningApp app;
        private final Browser browser;
        private final String lang;
        private final boolean zh;
        private final Properties bundle;
        private final Set<String> keys;
        private int pageNumber;

        // what the journey makes, in its language
        private final String marker = Long.toString(System.nanoTime() % 1_000_000);
        private final String firmName;
        private final String instituteName;
        private final String firmUser = Registrations.freshUsername("jfirm");
        private final String instituteUser = Registrations.freshUsername("jlab");
        private final String password = "Journey-pass-2026";
        private final String title;
        private final String keyword;
        private final String winningApproach;
        private final String rivalApproach;
        private long challengeId;
        private long contractId;
        private Instant deadline;
        private Instant proposedAt;

        Journey(RunningApp app, Browser browser, String lang) throws IOException {
            this.app = app;
            this.browser = browser;
            this.lang = lang;
            this.zh = lang.equals("zh");
            this.bundle = bundle(zh ? "zh_CN" : "en");
            this.keys = new TreeSet<>();
            for (String base : List.of("/org/jiebang/messages", "/org/jiebang/faces")) {
                bundle(base, zh ? "zh_CN" : "en").stringPropertyNames().stream()
                        .filter(k -> k.contains(".") && k.length() > 6).forEach(keys::add);
            }
            firmName = zh ? "舟山旅程海工装备有限公司" + marker : "Zhoushan Journey Marine Equipment Co. " + marker;
            instituteName = zh ? "东海旅程海洋工程研究院" + marker : "East Sea Journey Ocean Engineering Institute " + marker;
            keyword = zh ? "阴极保护" : "cathodic";
            title = zh ? "海上风电桩基阴极保护寿命提升" + marker : "Offshore wind pile cathodic protection life " + marker;
            winningApproach = zh ? "采用铝合金牺牲阳极与外加电流联合保护" : "Aluminium sacrificial anodes combined with impressed current";
            rivalApproach = zh ? "采用石墨烯防腐涂层" : "A graphene anti-corrosion coating";
        }

        private static Properties bundle(String base, String suffix) throws IOException {
            Properties properties = new Properties();
            try (InputStream in = JourneyBrowserIT.class.getResourceAsStream(base + "_" + suffix + ".properties")) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return properties;
        }

        private static Properties bundle(String suffix) throws IOException {
            return bundle("/org/jiebang/messages", suffix);
        }

        /** The page text of {@code key} in this journey's language; fails if a bundle lacks it. */
        String t(String key, Object... args) {
            String text = bundle.getProperty(key);
            assertTrue(text != null && !text.isBlank(), "the " + lang + " bundle has " + key);
            return args.length == 0 ? text : new MessageFormat(text, zh ? Locale.CHINA : Locale.ENGLISH).format(args);
        }

        /** The start of a message up to its first argument or full stop, for a wait that does not depend on formatting. */
        String lead(String key) {
            String text = t(key);
            int end = text.length();
            for (String stop : List.of("{", "。", "，", ". ", ", ")) {
                int at = text.indexOf(stop);
                if (at > 0 && at < end) {
                    end = at;
                }
            }
            return text.substring(0, end);
        }

        void logIn(String username, String secret) {
            browser.forgetSession().width(1280, 900).open("/login?lang=" + lang)
                    .type("login:username", username)
                    .type("login:password", secret)
                    .click("login:submit");
            browser.waitForLoggedInOrMessage();
            assertFalse(browser.currentPath().startsWith("/login"), username + " is logged in");
        }

        void logIn(String demoUser) {
            logIn(demoUser, DemoAccounts.PASSWORD);
        }

        void visitor(String path) {
            browser.forgetSession().width(1280, 900).open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        }

        void confirm() {
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        }

        /**
         * A main page of the journey, looked at as its user would: at 1280 px and at 390 px, each
         * with a screenshot and axe-core; no sideways scrolling and the bell in reach on the phone;
         * no raw key, missing translation or validator's default text anywhere on it.
         */
        void look(String name) {
            browser.waitForPage();
            String shot = String.format("journey-%s-%02d-%s", lang, ++pageNumber, name);
            String text = browser.text();
            List<String> raw = keys.stream().filter(text::contains).toList();
            assertEquals(List.of(), raw, name + " shows raw bundle keys");
            for (String leak : List.of("???", "must not be", "must be between", "size must", "不能为null", "不能为空", "个数必须在",
                    "Validation Error", "验证错误", "Conversion Error", "j_id", "Exception", "jakarta.")) {
                assertFalse(text.contains(leak), name + " shows '" + leak + "'");
            }
            if (!zh) {
                Object han = browser.script("""
                        var found = [];
                        document.querySelectorAll('label, button, th, legend, nav a, .ui-messages, .ui-message, .jb-hint')
                            .forEach(function (e) {
                                if (e.closest('td, .ui-selectonemenu-label, [lang=zh], .jb-data') || e.offsetParent === null) { return; }
                                // a box's label that names a choice of data (an organization to propose) is not a label to translate
                                var target = e.htmlFor ? document.getElementById(e.htmlFor) : null;
                                if (target && (target.type === 'checkbox' || target.type === 'radio')) { return; }
                                // a Chinese term in brackets is a gloss ("Principal (挂帅人)"), not a missing translation
                                var t = (e.innerText || '').replace(/\\([^)]*\\)/g, '').trim();
                                if (/[\\u4e00-\\u9fff]/.test(t) && t !== '中文') { found.push(e.tagName + ': ' + t.substring(0, 60)); }
                            });
                        return found.join(' | ');
                        """);
                assertEquals("", han, name + " has Chinese labels in English");
            }
            List<String> desktop = Axe.seriousViolations(browser);
            browser.screenshot(shot);
            browser.width(390, 844);
            assertFalse(browser.scrollsHorizontally(), () -> name + " scrolls sideways at 390 px: " + browser.overflowing());
            if (!browser.findAll(By.cssSelector(".jb-nav-user")).isEmpty()) {
                assertTrue(browser.find("phoneNotifications").isDisplayed(), name + ": the bell is in the bar on a phone");
            }
            List<String> phone = Axe.seriousViolations(browser);
            browser.screenshot(shot + "-390");
            browser.width(1280, 900);
            assertEquals(List.of(), desktop, name + " at 1280 px: axe-core");
            assertEquals(List.of(), phone, name + " at 390 px: axe-core");
            browser.assertNoJavaScriptErrors();
        }

        /** Each expert names the field they review on their profile page (once, before both journeys). */
        void expertsStateTheirField() {
            for (String expert : EXPERTS) {
                logIn(expert);
                browser.open("/account/profile");
                browser.checkOnly("expert:fields", FIELD);
                browser.type("expert:title", "教授级高级工程师").type("expert:record", "海洋工程防腐评审");
                browser.click("expert:saveExpert");
                assertTrue(browser.waitForText(t("expertProfile.saved")), expert + " saved the field");
                if (expert.equals("expert.chen")) {
                    pageNumber = -1;
                    look("expert-profile");
                }
            }
        }

        void run() throws Exception {
            register(firmName, "ENTERPRISE", firmUser);
            register(instituteName, "RESEARCH_INSTITUTE", instituteUser);
            staffVerifyBoth();
            firmPostsAChallenge();
            staffPublish();
            researcherFindsAndAsks();
            firmAnswers();
            bid(instituteUser, password, winningApproach, "600000", true);
            long rival = bid(RIVAL, DemoAccounts.PASSWORD, rivalApproach, "650000", false);
            staffIssueAVoucher();
            biddingCloses();
            staffDrawAPanel();
            expertsScore();
            staffProposeAndTheNoticeShows();
            theRivalObjectsAndStaffDismiss();
            staffAward(rival);
            bothSign();
            aMilestoneIsRejectedThenAccepted();
            paidWithTheVoucher();
            theFinalMilestoneClosesTheContract();
            anOutcomeIsRecordedAndConfirmed();
            theTraceShowsItAll();
        }

        void register(String name, String type, String username) {
            visitor("/register");
            browser.type("register:orgName", name)
                    .choose("register:orgType", t("orgType." + type))
                    .type("register:uscc", Registrations.freshUscc())
                    .type("register:region", "330902")
                    .type("register:contactName", zh ? "沈海东" : "Shen Haidong")
                    .type("register:address", zh ? "浙江省舟山市定海区海洋科学城 9 号" : "9 Ocean Science City, Dinghai, Zhoushan")
                    .type("register:contactPhone", "0580-2023456")
                    .type("register:orgEmail", "office" + marker + "@example.cn");
            if (type.equals("ENTERPRISE")) {
                look("register-organization");
            }
            browser.click("register:next");
            browser.type("register:username", username)
                    .type("register:displayName", zh ? "沈海东" : "Shen Haidong")
                    .type("register:password", password)
                    .type("register:confirm", password)
                    .type("register:email", username + "@example.cn");
            browser.click("register:submit");
            assertTrue(browser.waitForText(t("register.doneHeading")), name + " is registered");
            if (type.equals("ENTERPRISE")) {
                look("register-done");
            }
        }

        void staffVerifyBoth() {
            logIn("staff.li");
            for (String name : List.of(firmName, instituteName)) {
                browser.open("/staff/organizations").type("queue:text", marker);
                assertTrue(browser.waitForText(name), name + " waits in the staff queue");
                if (name.equals(firmName)) {
                    look("staff-organizations");
                }
                browser.click(By.xpath("//tr[contains(., '" + name + "')]//button[contains(@class,'jb-verify')]"));
                confirm();
                assertTrue(browser.waitForText(t("queue.verified", name)), name + " is verified");
            }
        }

        void firmPostsAChallenge() throws IOException {
            logIn(firmUser, password);
            assertTrue(browser.currentPath().startsWith("/account/profile"), "a user lands on the profile page");
            look("profile");
            browser.open("/challenge/mine").click("newChallenge");
            browser.type("post:title", title)
                    .type("post:summary", zh ? "延长海上风电桩基阴极保护系统的设计寿命" : "Extend the design life of the cathodic protection of offshore wind piles")
                    .choose("post:field", zh ? "海洋工程装备" : "Marine engineering")
                    .type("post:industry", zh ? "海上风电" : "Offshore wind")
                    .type("post:region_input", zh ? "定海" : "dinghai");
            // the county is found by its name (in pinyin on an English page) and picked from the suggestions, as people do
            browser.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '"
                    + (zh ? "定海区" : "Dinghai District, Zhoushan, Zhejiang") + "')]"));
            assertTrue(browser.find("post:region_input").getAttribute("value").endsWith("330902"), "the code is taken");
            look("post-basics");
            browser.click("post:next");
            browser.type("post:background", zh ? "公司在舟山海域运维 120 台风机" : "We run 120 turbines off Zhoushan")
                    .type("post:problem", zh ? "现有牺牲阳极 8 年即耗尽，需要 25 年寿命的方案" : "Today's anodes are spent after 8 years; 25 are needed")
                    .type("post:indicators:0:iName", zh ? "保护电位" : "Protection potential")
                    .type("post:indicators:0:iTarget", "≤ -800")
                    .type("post:indicators:0:iUnit", "mV")
                    .type("post:indicators:0:iVerification", zh ? "第三方按 GB/T 50698 检测" : "Third party, GB/T 50698");
            look("post-problem");
            browser.click("post:next");
            // bidding long enough for the pages below (publication, a question, two bids: about a minute
            // here, the English by keyboard alone) with room for a loaded machine, in whole minutes as the form takes it
            LocalDateTime closes = LocalDateTime.now(SHANGHAI).plusSeconds(180).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            deadline = closes.atZone(SHANGHAI).toInstant();
            browser.type("post:budget_input", "800000")
                    .type("post:duration_input", "12")
                    .type("post:ipTerms", zh ? "成果归发榜方所有" : "The firm owns the results");
            browser.type("post:deadline_input", closes.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
            browser.keys(Keys.ESCAPE);
            if (browser.isKeyboardOnly()) {
                browser.keys(Keys.TAB);
            } else {
                browser.click(By.tagName("h1"));
            }
            look("post-terms");
            browser.click("post:next");
            Path pdf = Files.write(Files.createTempFile(zh ? "技术要求" : "requirements", ".pdf"), ContractApiIT.PDF);
            browser.upload("post:upload_input", pdf);
            assertTrue(browser.waitForText(By.cssSelector(".jb-files li"), pdf.getFileName().toString()), "the attachment is stored");
            look("post-attachments");
            browser.click("post:next");
            assertTrue(browser.waitForText(title), "the review step shows what will be submitted");
            look("post-review");
            browser.click("post:submit");
            assertTrue(browser.waitForText(By.cssSelector(".ui-confirm-dialog-message"), title),
                    "the confirmation names what is submitted");
            confirm();
            assertTrue(browser.waitForText(By.id("challengeStatus"), t("challengeStatus.PENDING_REVIEW")), "submitted for review");
            challengeId = Long.parseLong(browser.currentPath().replaceFirst(".*[?&]id=(\\d+).*", "$1"));
        }

        void staffPublish() {
            logIn("staff.li");
            browser.open("/staff/challenges");
            assertTrue(browser.waitForText(title), "the challenge waits in the vetting queue");
            look("staff-challenges");
            browser.open("/challenge/view?id=" + challengeId).click("actions:approve");
            confirm();
            assertTrue(browser.waitForText(lead("challenge.published")), "published");
        }

        void researcherFindsAndAsks() {
            visitor("/challenge/list");
            browser.type("q", keyword + " " + marker).click("search");
            assertTrue(browser.waitForText(title), "a visitor finds it by " + keyword);
            look("hall-search");
            browser.click(By.linkText(title));
            assertTrue(browser.waitForText(By.id("challengeStatus"), t("challengeStatus.PUBLISHED")));
            look("challenge-visitor");

            logIn(instituteUser, password);
            browser.open("/challenge/list").type("q", keyword + " " + marker).click("search");
            browser.click(By.linkText(title));
            browser.type("qaForm:question", zh ? "阳极是否允许水下更换？" : "May the anodes be replaced under water?");
            browser.click("qaForm:askButton");
            assertTrue(browser.waitForText(lead("qa.asked")), "the question is sent");
        }

        void firmAnswers() {
            logIn(firmUser, password);
            browser.open("/challenge/view?id=" + challengeId);
            browser.type("qaForm:questions:0:answer", zh ? "允许，由潜水员在检修窗口更换" : "Yes, by divers in a maintenance window");
            browser.click("qaForm:questions:0:answerButton");
            assertTrue(browser.waitForText(lead("qa.answered")), "the answer is published");
            look("challenge-answered");
        }

        /** A research team bids through the detail page; answers the bid's id (from its address). */
        long bid(String user, String secret, String approach, String price, boolean first) {
            logIn(user, secret);
            browser.open("/challenge/view?id=" + challengeId);
            assertTrue(browser.text().contains(zh ? "允许，由潜水员在检修窗口更换" : "Yes, by divers"), "the answer is public");
            browser.click("bidding:startBid");
            assertTrue(browser.waitForText(t("bid.editTitle")), "the bid page opens");
            browser.type("bid:principalName", zh ? "林海" : "Lin Hai").type("bid:principalTitle", zh ? "研究员" : "Professor")
                    .type("bid:principalRecord", zh ? "主持海洋腐蚀防护项目 6 项" : "Led six marine corrosion projects");
            browser.type("bid:members:0:mName", zh ? "周涛" : "Zhou Tao").type("bid:members:0:mRole", zh ? "电化学测试" : "Electrochemistry")
                    .type("bid:members:0:mOrganization", zh ? "本院" : "Our institute")
                    .type("bid:members:0:mExpertise", zh ? "阴极保护" : "Cathodic protection");
            browser.type(By.cssSelector("[id='bid:approach'] .ql-editor"), approach);
            assertTrue(browser.find("bid:responses:0:target").getText().contains("≤ -800"),
                    "the indicator's target stands beside the promise");
            browser.type("bid:responses:0:promised", "≤ -850 mV");
            browser.type("bid:price_input", price).type("bid:duration_input", "12");
            browser.type("bid:milestones:0:msTitle", zh ? "样机与检测" : "Prototype and tests")
                    .type("bid:milestones:0:msDeliverable", zh ? "样机与检测报告" : "Prototype and test report")
                    .type("bid:milestones:0:msMonth_input", "6").type("bid:milestones:0:msShare_input", "30");
            browser.click("bid:addMilestone");
            browser.type("bid:milestones:1:msTitle", zh ? "海上验证" : "Sea trial")
                    .type("bid:milestones:1:msDeliverable", zh ? "海上挂片验证报告" : "Sea coupon trial report")
                    .type("bid:milestones:1:msMonth_input", "12").type("bid:milestones:1:msShare_input", "70");
            browser.keys(Keys.TAB);
            assertTrue(browser.waitForText(By.id("shareTotal"), "100.00"), "the share total follows the typing");
            if (first) {
                look("bid-edit");
            }
            browser.click("bid:submit");
            String shownPrice = "¥" + price.substring(0, 3) + "," + price.substring(3) + ".00";
            assertTrue(browser.waitForText(By.id("bid:confirmDialog"), shownPrice), "the confirmation shows the price that will be sent");
            if (first) {
                look("bid-confirm");
            }
            browser.click("bid:confirmSubmit");
            assertTrue(browser.waitForText(By.id("bidStatus"), t("bidStatus.SUBMITTED")), "submitted; the receipt shows");
            assertTrue(browser.find("sha256").getText().strip().matches("[0-9a-f]{64}"), "a receipt hash");
            if (first) {
                look("bid-receipt");
            }
            assertTrue(Instant.now().isBefore(deadline), "the bid went in before the deadline");
            return Long.parseLong(browser.currentPath().replaceFirst(".*[?&]id=(\\d+).*", "$1"));
        }

        void staffIssueAVoucher() {
            logIn("staff.wang");
            LocalDate today = LocalDate.now(SHANGHAI);
            browser.open("/staff/vouchers");
            browser.choose("vouchers:firm", firmName);
            browser.type("vouchers:amount_input", "50000").type("vouchers:region", "330900")
                    .type("vouchers:validFrom", today.minusDays(1).toString())
                    .type("vouchers:validTo", today.plusDays(60).toString())
                    .type("vouchers:acceptedRegions", "330000");
            look("staff-vouchers");
            browser.click("vouchers:issueVoucher");
            confirm();
            assertTrue(browser.waitForText(lead("voucher.issued")), "the voucher is issued");
        }

        void biddingCloses() throws InterruptedException {
            logIn(firmUser, password);
            browser.open("/challenge/view?id=" + challengeId);
            assertTrue(browser.find("bidCount").getText().contains("2"), "the firm sees that two bids came in");
            assertFalse(browser.text().contains(winningApproach) || browser.text().contains(rivalApproach), "and nothing of them");
            while (!browser.find("challengeStatus").getText().contains(t("challengeStatus.EVALUATING"))) {
                assertTrue(Instant.now().isBefore(deadline.plusSeconds(120)), "bidding closes at the deadline");
                Thread.sleep(2000);
                browser.open("/challenge/view?id=" + challengeId);
            }
        }

        void staffDrawAPanel() {
            logIn("staff.wang");
            browser.open("/challenge/view?id=" + challengeId).click("staffReview");
            assertTrue(browser.waitForText(By.id("panel"), t("staffReview.pool", 3)), "three unconflicted experts of the field");
            browser.click("review:draw");
            assertTrue(browser.waitForText(By.id("review:members"), t("chosenBy.DRAW")), "the panel is drawn");
            assertEquals(3, browser.findAll(By.cssSelector("#review\\:members tbody tr")).size());
            look("staff-review-panel");
        }

        void expertsScore() {
            int[] high = { 88, 85, 80, 82, 84 };
            int[] low = { 70, 72, 68, 70, 71 };
            for (String expert : EXPERTS) {
                logIn(expert);
                for (int b = 0; b < 2; b++) {
                    browser.open("/review/assignments");
                    assertTrue(browser.waitForText(By.id("assignments:table"), title), expert + " sees the assignments");
                    List<WebElement> rows = browser.findAll(By.xpath("//tr[contains(., '" + title + "')]"));
                    assertEquals(2, rows.size(), "two bids to score");
                    if (b == 0 && expert.equals("expert.chen")) {
                        look("review-assignments");
                    }
                    // the next bid not scored yet, wherever the list puts it
                    browser.click(rows.stream().map(row -> row.findElement(By.cssSelector("a[id$=':score']")))
                            .filter(link -> link.getText().strip().equals(t("review.score"))).findFirst()
                            .orElseThrow(() -> new AssertionError(expert + " has a bid left to score")));
                    assertFalse(browser.text().contains(winningApproach) || browser.text().contains(rivalApproach),
                            "a bid shows only after the declaration");
                    browser.click("declare:noConflict");
                    assertTrue(browser.waitForText(lead("review.noConflictDeclared")), "declared");
                    int[] marks = browser.text().contains(winningApproach) ? high : low;
                    for (int c = 0; c < 5; c++) {
                        browser.type("score:criteria:" + c + ":value_input", String.valueOf(marks[c]))
                                .type("score:criteria:" + c + ":comment", (zh ? "意见 " : "Comment ") + c);
                    }
                    if (b == 0 && expert.equals("expert.chen")) {
                        look("review-score");
                    }
                    browser.click("score:submit");
                    assertTrue(browser.waitForText(By.cssSelector(".jb-confirm-values"), String.valueOf(marks[0])),
                            "the confirmation lists the scores that will be sent");
                    confirm();
                    assertTrue(browser.waitForText(lead("review.submitted")), expert + " submitted a score");
                }
            }
        }

        void staffProposeAndTheNoticeShows() {
            logIn("staff.wang");
            browser.open("/staff/review?id=" + challengeId);
            assertTrue(browser.waitForText(By.id("ranking"), t("staffReview.complete")), "every score is in");
            assertTrue(browser.find("review:proposed").getText().startsWith("1. " + instituteName), "the institute ranks first");
            look("staff-review-ranking");
            browser.click(By.cssSelector("label[for='review:proposed:0']"));
            browser.click("review:propose");
            confirm();
            assertTrue(browser.waitForText(By.id("challengeStatus"), t("challengeStatus.AWARD_PROPOSED")), "on public notice");
            proposedAt = Instant.now();

            visitor("/notice/list");
            assertTrue(browser.waitForText(title), "the notice is listed for anyone");
            look("notice-list");
            browser.open("/notice/view?id=" + challengeId);
            assertTrue(browser.waitForText(By.id("winners"), instituteName));
            assertFalse(browser.text().contains("陈志远"), "no expert names on the notice");
            look("notice-view");
        }

        void theRivalObjectsAndStaffDismiss() {
            logIn(RIVAL);
            browser.open("/notice/view?id=" + challengeId);
            browser.choose("objection:bid", instituteName);
            browser.type("objection:reason", zh ? "拟揭榜方缺少海上试验资质" : "The proposed team lacks a sea-trial licence");
            browser.click("objection:lodge");
            confirm();
            assertTrue(browser.waitForText(lead("notice.objected")), "the objection is lodged");

            logIn("staff.wang");
            browser.open("/staff/review?id=" + challengeId);
            browser.type("review:objectionList:0:resolution", zh ? "资质证书见申报附件" : "The licence is in the bid's attachments");
            browser.click("review:objectionList:0:dismiss");
            assertTrue(browser.waitForText(lead("review.resolved")), "the objection is dismissed");
        }

        void staffAward(long rivalBid) throws InterruptedException {
            while (Instant.now().isBefore(proposedAt.plusSeconds(RunningApp.NOTICE_SECONDS + 2))) {
                Thread.sleep(500);
            }
            browser.open("/staff/review?id=" + challengeId).click("review:award");
            confirm();
            assertTrue(browser.waitForText(By.id("challengeStatus"), t("challengeStatus.AWARDED")), "the award is final");
            logIn(RIVAL);
            browser.open("/bid/view?id=" + rivalBid).click("openFeedback");
            assertTrue(browser.waitForText(By.id("rank"), t("feedback.rankOf", 2, 2)), "the losing bidder reads its rank");
            assertTrue(browser.text().contains((zh ? "意见 " : "Comment ") + 0), "and the experts' comments");
            look("review-feedback");
            assertFalse(browser.text().contains("陈志远") || browser.text().contains("expert.chen"), "never the experts' names");
            browser.open("/notice/view?id=" + challengeId);
            assertTrue(browser.waitForText(By.id("objections"), zh ? "资质证书见申报附件" : "The licence is in the bid's attachments"),
                    "the notice shows how the objection was resolved");
        }

        void bothSign() {
            logIn(firmUser, password);
            browser.open("/contract/list");
            assertTrue(browser.waitForText(title), "the firm finds its contract");
            look("contract-list");
            browser.click(By.linkText(title));
            assertTrue(browser.waitForText(By.id("contractStatus"), t("contractStatus.DRAFT")));
            contractId = Long.parseLong(browser.currentPath().replaceFirst(".*[?&]id=(\\d+).*", "$1"));
            look("contract-draft");
            String sha = browser.find("textSha").getText();
            assertFalse(browser.leavingAsks(), "nothing typed: leaving the contract does not ask");
            String clause = browser.find("contract:ipClause").getAttribute("value");
            browser.type("contract:ipClause", zh ? "未保存的修改" : "An unsaved change");
            assertTrue(browser.leavingAsks(), "terms typed and not saved: leaving asks first");
            browser.open("/contract/view?id=" + contractId);
            assertEquals(clause, browser.find("contract:ipClause").getAttribute("value"), "left without saving: the terms are as they were");
            assertEquals(sha, browser.find("textSha").getText());
            browser.click("contract:sign");
            assertTrue(browser.waitForText(By.cssSelector(".ui-confirm-dialog-message"), sha), "the hash signed is shown first");
            confirm();
            assertTrue(browser.waitForText(lead("contract.signedDone")), "the firm signed");

            logIn(instituteUser, password);
            browser.open("/contract/view?id=" + contractId).click("contract:sign");
            confirm();
            assertTrue(browser.waitForText(By.id("contractStatus"), t("contractStatus.SIGNED")), "both signed");
        }

        void aMilestoneIsRejectedThenAccepted() throws IOException {
            Path evidence = Files.write(Files.createTempFile(zh ? "检测报告" : "test-report", ".pdf"), ContractApiIT.PDF);
            browser.upload("contract:milestones:0:evidenceUpload_input", evidence);
            assertTrue(browser.waitForText(By.cssSelector("[id='contract:milestones:0:submitForm'] .jb-files"),
                    evidence.getFileName().toString()), "the evidence is listed");
            browser.type("contract:milestones:0:deliverables", zh ? "样机与检测报告" : "Prototype and test report");
            browser.click("contract:milestones:0:submitMilestone");
            confirm();
            assertTrue(browser.waitForText(lead("milestone.submittedDone")), "delivered");
            look("contract-delivered");

            logIn(firmUser, password);
            browser.open("/contract/view?id=" + contractId).click("contract:milestones:0:reject");
            assertTrue(browser.waitForText(t("error.REASON_REQUIRED")), "a rejection needs a reason");
            browser.type("contract:milestones:0:comment", zh ? "检测报告缺少 CMA 章" : "The report lacks the CMA seal");
            browser.click("contract:milestones:0:reject");
            assertTrue(browser.waitForText(lead("milestone.rejectedDone")), "rejected");

            logIn(instituteUser, password);
            browser.open("/contract/view?id=" + contractId);
            assertTrue(browser.waitForText(By.id("board"), zh ? "检测报告缺少 CMA 章" : "The report lacks the CMA seal"), "the team reads why");
            browser.type("contract:milestones:0:deliverables", zh ? "补充盖章检测报告" : "Sealed report added");
            browser.click("contract:milestones:0:submitMilestone");
            confirm();
            assertTrue(browser.waitForText(lead("milestone.submittedDone")), "delivered again");

            logIn(firmUser, password);
            browser.open("/contract/view?id=" + contractId).click("contract:milestones:0:accept");
            confirm();
            assertTrue(browser.waitForText(lead("milestone.acceptedDone")), "accepted");
        }

        void paidWithTheVoucher() {
            browser.open("/voucher/wallet");
            assertTrue(browser.waitForText(By.id("wallet"), "¥50,000.00"), "the voucher is in the firm's wallet, in yuan");
            browser.choose("wallet:vouchers:0:contract", "No. " + contractId + " " + title);
            browser.type("wallet:vouchers:0:redeemAmount_input", "100000");
            browser.click("wallet:vouchers:0:redeem");
            confirm();
            assertTrue(browser.waitForText(t("error.INSUFFICIENT_BALANCE", "50000.00")), "more than the balance is refused, naming the rule");
            assertEquals("No. " + contractId + " " + title, browser.find("wallet:vouchers:0:contract_label").getText(),
                    "the contract chosen is kept after the refusal");
            browser.type("wallet:vouchers:0:redeemAmount_input", "30000");
            look("voucher-wallet");
            browser.click("wallet:vouchers:0:redeem");
            assertTrue(browser.waitForText(By.cssSelector(".ui-confirm-dialog-message"), "30,000"), "the confirmation shows the amount");
            assertTrue(browser.waitForText(By.cssSelector(".jb-confirm-values"), title), "and the contract it pays");
            confirm();
            assertTrue(browser.waitForText(lead("voucher.requested")), "redemption requested");

            logIn("staff.wang");
            browser.open("/staff/vouchers");
            List<WebElement> rows = browser.findAll(By.cssSelector("#pending .jb-redemption"));
            int row = -1;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).getText().contains(title)) {
                    row = i;
                }
            }
            assertTrue(row >= 0, "the redemption waits for staff");
            browser.click("vouchers:redemptions:" + row + ":approve");
            confirm();
            assertTrue(browser.waitForText(lead("voucher.settled")), "approved");
        }

        void theFinalMilestoneClosesTheContract() {
            logIn(instituteUser, password);
            browser.open("/contract/view?id=" + contractId);
            assertTrue(browser.waitForText(By.id("paid"), "¥30,000.00"), "paid with the voucher");
            browser.type("contract:milestones:1:deliverables", zh ? "海上挂片验证报告" : "Sea coupon trial report");
            browser.type("contract:milestones:1:measures:0:measured", "-870 mV");
            browser.click("contract:milestones:1:submitMilestone");
            assertTrue(browser.waitForText(By.cssSelector(".jb-confirm-values"), "-870 mV"), "the confirmation shows the measured value");
            confirm();
            assertTrue(browser.waitForText(lead("milestone.submittedDone")));
            String board = browser.find("board").getText();
            assertTrue(board.contains("≤ -800") && board.contains("≤ -850 mV") && board.contains("-870 mV"),
                    "the measured value beside the target and the promise: " + board);

            logIn(firmUser, password);
            browser.open("/contract/view?id=" + contractId).click("contract:milestones:1:accept");
            assertTrue(browser.waitForText(By.cssSelector(".ui-confirm-dialog-message"), lead("milestone.acceptFinalConfirm")),
                    "the final acceptance says so");
            confirm();
            assertTrue(browser.waitForText(By.id("contractStatus"), t("contractStatus.CLOSED")), "the contract is closed");
            assertTrue(browser.find("contract:reportPdf").isDisplayed(), "the acceptance report is offered");
            look("contract-closed");
        }

        void anOutcomeIsRecordedAndConfirmed() {
            logIn(instituteUser, password);
            browser.open("/contract/view?id=" + contractId).click("contract:openOutcomes");
            browser.choose("outcomes:type", t("outcomeType.PAPER"));
            browser.type("outcomes:date", LocalDate.now(SHANGHAI).toString())
                    .type("outcomes:title", zh ? "海上风电桩基联合阴极保护的 25 年寿命设计" : "A 25-year design of combined cathodic protection")
                    .type("outcomes:evidence", zh ? "《腐蚀与防护》2026 年第 11 期" : "Corrosion and Protection, 2026 (11)");
            look("outcome-record");
            browser.click("outcomes:save");
            assertTrue(browser.waitForText(lead("outcome.recorded")), "recorded");

            logIn(firmUser, password);
            browser.open("/outcome/list?contract=" + contractId);
            browser.click("outcomes:list:0:confirm");
            assertTrue(browser.waitForText(lead("outcome.confirmedDone")), "the firm confirms it");
        }

        void theTraceShowsItAll() {
            visitor("/trace/view?id=" + challengeId);
            assertTrue(browser.waitForText(By.id("traceTimeline"), t("traceKind.CONTRACT_CLOSED")), "the trace reaches the end");
            String trace = browser.find("traceTimeline").getText();
            for (String kind : List.of("PUBLISHED", "QUESTION_ANSWERED", "CLOSED", "PANEL", "NOTICE", "AWARDED",
                    "CONTRACT_SIGNED", "MILESTONE_ACCEPTED", "VOUCHER_USED", "CONTRACT_CLOSED", "OUTCOME")) {
                assertTrue(trace.contains(t("traceKind." + kind)), "the trace shows " + kind + ": " + trace);
            }
            assertTrue(trace.contains(instituteName), "and the team");
            assertFalse(trace.contains(t("traceKind.PAID")), "no payments but the voucher's for visitors");
            look("trace");
        }
    }
}
