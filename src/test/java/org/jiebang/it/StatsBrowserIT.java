package org.jiebang.it;

import static org.jiebang.it.ContractApiIT.contract;
import static org.jiebang.it.ContractApiIT.decide;
import static org.jiebang.it.ContractApiIT.milestone;
import static org.jiebang.it.ContractApiIT.signBoth;
import static org.jiebang.it.ContractApiIT.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.Json;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.Awards;
import org.jiebang.testing.Awards.Awarded;
import org.jiebang.testing.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The public statistics, the staff dashboard, the results showcase and the trace in headless
 * Chromium (SPEC §8, §9): the charts are drawn with the figures the page states, a table downloads
 * as an Excel file holding the league table, a bad date is named beside its field and kept as
 * typed, and a challenge taken to completion shows in the showcase with its team, the indicators
 * met and the confirmed outcome, on its team's and its firm's pages, and in its trace. Chinese and
 * English, 1280 and 390 px.
 */
class StatsBrowserIT extends BrowserTest {

    static final String OUTCOME = "高比能固态电池中试线验收报告";
    static Awarded done;

    /** A challenge of the firm taken to completion through the API, with a confirmed outcome. */
    @BeforeAll
    static void aCompletedChallenge() {
        ContractApiIT.start();
        Api anonymous = new Api(app);
        Api firm = anonymous.as("hengtai.zhao", DemoAccounts.PASSWORD);
        Api team = anonymous.as("yrdam.zheng", DemoAccounts.PASSWORD);
        done = Awards.single();
        long id = done.teamContract();
        signBoth(id);
        long first = milestone(contract(firm, id), 0);
        long last = milestone(contract(firm, id), 1);
        assertEquals(200, submit(first, "配方定型", Json.createArrayBuilder()).status());
        assertEquals(200, decide(firm, first, true, null).status());
        assertEquals(200, submit(last, "中试报告", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("indicator", "循环寿命").add("measured", "2650 次"))).status());
        assertEquals(200, decide(firm, last, true, "验收通过").status());
        assertEquals("CLOSED", contract(firm, id).getString("status"));
        long outcome = team.post("/api/v1/contracts/" + id + "/outcomes", Json.createObjectBuilder().add("type", "PRODUCT")
                .add("title", OUTCOME).add("date", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()).build())
                .json().getJsonNumber("id").longValue();
        assertEquals(200, firm.post("/api/v1/outcomes/" + outcome + "/confirmation", "{\"confirmed\":true}").status());
    }

    static void atBothWidths(String name) {
        browser.width(1280, 900);
        browser.screenshot(name);
        browser.width(390, 844);
        assertFalse(browser.scrollsHorizontally(), name + " is usable on a phone");
        browser.screenshot(name + "-phone");
        browser.width(1280, 900);
    }

    /** The numbers Chart.js draws on the canvas inside the element {@code id}, once it has drawn them. */
    static String drawn(String id) {
        for (int i = 0; i < 100; i++) {
            Object data = browser.script("var c = document.querySelector('#' + arguments[0] + ' canvas');"
                    + " var chart = c && window.Chart && Chart.getChart(c);"
                    + " return chart && c.width > 0 ? chart.data.datasets[0].data.join(',') : null;", id);
            if (data != null) {
                return data.toString();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no chart drawn in #" + id);
    }

    @Test
    void aVisitorSeesTheFiguresDrawnAndDownloadsTheLeagueTableAsExcel() throws Exception {
        browser.forgetSession().open("/stats/view");
        assertEquals("市场数据统计", browser.find("main").findElement(By.tagName("h1")).getText());
        String funnel = String.join(",", browser.find("funnelPosted").getText(), browser.find("funnelBids").getText(),
                browser.find("funnelSigned").getText(), browser.find("figCompleted").getText());
        assertEquals(funnel, drawn("funnel"), "the funnel chart draws the figures the table states");
        assertFalse(drawn("byMonth").isEmpty(), "the months are drawn");
        assertNotNull(browser.find("leagueTable"));
        atBothWidths("stats-zh");

        Path xlsx = browser.download("exportLeagueXlsx", "jiebang-league-", ".xlsx");
        List<List<String>> rows = StatsIT.sheet(Files.readAllBytes(xlsx));
        assertEquals("机构", rows.get(0).get(1));
        assertEquals(new Api(app).get("/api/v1/stats/league").array().size(), rows.size() - 1,
                "the file holds the whole league table");
        Path csv = browser.download("export-fields-csv", "jiebang-fields-", ".csv");
        assertTrue(Files.readString(csv).contains("技术领域"));
    }

    @Test
    void aBadDateIsNamedBesideItsFieldKeptAsTypedAndAFieldNarrowsTheFigures() {
        browser.forgetSession().open("/stats/view");
        long all = Long.parseLong(browser.find("figPosted").getText());
        browser.type("from", "2026-02-30").click("statsApply");
        assertTrue(browser.find("fromError").getText().contains("年-月-日"), "the rule, beside the field");
        assertEquals("2026-02-30", browser.find("from").getAttribute("value"), "kept as typed");
        assertTrue(browser.find("statsInvalid").isDisplayed());
        assertEquals(all, Long.parseLong(browser.find("figPosted").getText()), "the figures of everything meanwhile");

        browser.open("/stats/view");
        browser.script("document.getElementById('field').value = 'NEW_ENERGY'");
        browser.click("statsApply");
        assertTrue(browser.currentPath().contains("field=NEW_ENERGY"), browser.currentPath());
        assertTrue(Long.parseLong(browser.find("figPosted").getText()) < all, "one field's challenges only");
        assertTrue(browser.find("export-fields-csv").getAttribute("href").contains("field=NEW_ENERGY"),
                "the downloads follow the choice");
    }

    @Test
    void theStatisticsInEnglishAndTheStaffDashboardWithWhatWaits() {
        browser.forgetSession().open("/stats/view?lang=en");
        assertEquals("Market statistics", browser.find("main").findElement(By.tagName("h1")).getText());
        assertTrue(browser.text().contains("League table of research organizations"));
        atBothWidths("stats-en");
        browser.open("/stats/view?lang=zh");

        logIn("staff.li");
        browser.open("/staff/dashboard");
        assertTrue(browser.find("desk").getText().contains("待登记合同"), browser.find("desk").getText());
        assertFalse(drawn("funnel").isEmpty());
        atBothWidths("staff-dashboard");
    }

    @Test
    void theCompletedChallengeShowsWithItsTeamIndicatorsAndOutcomeOnEveryPageDownToItsTrace() {
        browser.forgetSession().open("/showcase/list");
        String card = browser.find("showcase-" + done.challenge()).getText();
        assertTrue(card.contains(done.title()) && card.contains("长三角先进材料研究院") && card.contains("郑海涛"), card);
        assertTrue(card.contains("实测值达到 1/1 项指标") && card.contains(OUTCOME), card);
        atBothWidths("showcase");

        browser.click(By.cssSelector("#showcase-" + done.challenge() + " .jb-showcase-team a"));
        assertEquals("长三角先进材料研究院", browser.find("main").findElement(By.tagName("h1")).getText());
        assertTrue(Long.parseLong(browser.find("labAwards").getText()) >= 1);
        assertTrue(browser.find("showcase-" + done.challenge()).getText().contains(OUTCOME));
        atBothWidths("showcase-lab");

        browser.click(By.cssSelector("#showcase-" + done.challenge() + " .jb-hint a"));
        assertTrue(browser.find("firmFigures").isDisplayed());
        assertTrue(browser.find("showcase-" + done.challenge()).getText().contains(done.title()));

        browser.click(By.cssSelector("#showcase-" + done.challenge() + " a.jb-link-button"));
        String trace = browser.find("traceTimeline").getText();
        for (String step : List.of("榜单发布", "揭榜团队", "技术合同签订", "里程碑验收", "合同验收结题", OUTCOME)) {
            assertTrue(trace.contains(step), step + " in " + trace);
        }
        assertTrue(trace.indexOf("技术合同签订") < trace.indexOf(OUTCOME), "a dated timeline, in order");
        atBothWidths("trace");
    }
}
