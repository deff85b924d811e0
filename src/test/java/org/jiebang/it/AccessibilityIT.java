package org.jiebang.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.Awards;
import org.jiebang.testing.Axe;
import org.jiebang.testing.Bids;
import org.jiebang.testing.BrowserTest;
import org.jiebang.testing.Challenges;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every main page, as the people who use it, at desktop width (1280 px) and phone width (390 px):
 * axe-core finds no serious or critical violation, and nothing scrolls sideways on the phone.
 */
class AccessibilityIT extends BrowserTest {

    static long challenge;
    static long draftBid;
    static Awards.Awarded awarded;

    @BeforeAll
    static void market() {
        Api api = new Api(app);
        challenge = Challenges.publish(api.as("hengtai.zhao", DemoAccounts.PASSWORD), api.as("staff.li", DemoAccounts.PASSWORD),
                Challenges.aChallenge("无障碍检查固态电池", "界面问题", Instant.now().plus(Duration.ofDays(20))).build())
                .getJsonNumber("id").longValue();
        draftBid = api.as("yrdam.zheng", DemoAccounts.PASSWORD).post("/api/v1/challenges/" + challenge + "/bids",
                Bids.aBid("<p>无障碍检查的申报草稿</p>", "30.00").build()).json().getJsonNumber("id").longValue();
        awarded = Awards.single();
    }

    /** Problems found on each page, at both widths: none is the only passing answer. */
    private static Map<String, List<String>> check(String... paths) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        try {
            for (int width : new int[] {1280, 390}) {
                browser.width(width, width == 390 ? 844 : 900);
                for (String path : paths) {
                    browser.open(path);
                    List<String> found = new ArrayList<>(Axe.seriousViolations(browser));
                    if (width == 390 && browser.scrollsHorizontally()) {
                        found.add("the page scrolls sideways at 390 px");
                    }
                    if (!found.isEmpty()) {
                        problems.put(path + " @" + width, found);
                    }
                }
            }
        } finally {
            browser.width(1280, 900);
        }
        return problems;
    }

    private static void assertNone(Map<String, List<String>> problems) {
        StringBuilder report = new StringBuilder();
        problems.forEach((page, found) -> report.append('\n').append(page).append("\n    ").append(String.join("\n    ", found)));
        assertTrue(problems.isEmpty(), "accessibility problems:" + report);
    }

    @Test
    void publicPagesForAVisitor() {
        browser.forgetSession();
        assertNone(check("/", "/challenge/list", "/challenge/view?id=" + challenge, "/notice/list",
                "/notice/view?id=" + awarded.challenge(), "/showcase/list", "/stats/view", "/trace/view?id=" + awarded.challenge(),
                "/login", "/register"));
    }

    @Test
    void theFirmsPages() {
        logIn("hengtai.zhao");
        assertNone(check("/challenge/mine", "/challenge/edit", "/challenge/view?id=" + challenge, "/contract/list",
                "/contract/view?id=" + awarded.teamContract(), "/voucher/wallet", "/account/profile", "/account/notifications"));
    }

    @Test
    void theBellStaysInTheBarOnAPhoneAndTheMenuOpensFromTheKeyboard() {
        logIn("hengtai.zhao");
        browser.open("/contract/list");
        assertTrue(browser.find("navNotifications").isDisplayed(), "the bell in the menu on a wide screen");
        browser.width(390, 844).open("/contract/list");
        assertTrue(browser.find("phoneNotifications").isDisplayed(), "the bell in the bar on a phone, the menu folded");
        assertFalse(browser.findAll(org.openqa.selenium.By.id("navContracts")).get(0).isDisplayed());
        // the menu button is reached with Tab from the bell and opened with the space bar
        browser.find("phoneNotifications").sendKeys(org.openqa.selenium.Keys.TAB);
        assertTrue("jb-nav-toggle".equals(browser.focused().getAttribute("id")), "Tab leads to the menu button");
        browser.focused().sendKeys(org.openqa.selenium.Keys.SPACE);
        assertTrue(browser.find("navContracts").isDisplayed(), "the menu opens from the keyboard");
        browser.width(1280, 900);
    }

    @Test
    void theResearchersPages() {
        logIn("yrdam.zheng");
        assertNone(check("/challenge/view?id=" + challenge, "/bid/mine", "/bid/edit?id=" + draftBid,
                "/bid/view?id=" + awarded.teamBid(),
                "/contract/view?id=" + awarded.teamContract(), "/outcome/list?contract=" + awarded.teamContract(), "/account/profile"));
    }

    @Test
    void staffAndExpertPages() {
        logIn("staff.li");
        Map<String, List<String>> problems = check("/staff/dashboard", "/staff/challenges", "/staff/organizations",
                "/staff/contracts", "/staff/vouchers", "/staff/review?id=" + awarded.challenge());
        logIn("expert.chen");
        problems.putAll(check("/review/assignments", "/review/score?bid=" + awarded.teamBid()));
        logIn("admin", org.jiebang.testing.RunningApp.ADMIN_PASSWORD);
        problems.putAll(check("/admin/users"));
        assertNone(problems);
    }
}
