package org.jiebang.it;

import static org.jiebang.testing.Challenges.aChallenge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.Api.Answer;
import org.jiebang.testing.Awards;
import org.jiebang.testing.Browserless;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: what a listing costs in SQL statements does not grow with what it lists. Each JSON
 * listing is called for one item and for a hundred by a caller who sees several (awarded challenges
 * with their notices and contracts, vouchers, organizations…), and must send no more statements for the hundred
 * (collections and references are read in batches, never one query per row). The counts come from
 * {@code X-Jiebang-Sql} ({@code jiebang.debug.sql-count}, on in the tests). Accounts and organizations
 * come from JPA's shared cache once read, so reading them one by one would not show here; they are
 * fetched in batches like everything else ({@code @BatchFetch}).
 */
class SqlPerRequestIT {

    static RunningApp app;
    static Map<String, Api> callers;

    @BeforeAll
    static void start() {
        app = RunningApp.shared();
        Api anonymous = new Api(app);
        Api staff = anonymous.as("staff.li", DemoAccounts.PASSWORD);
        Api firm = anonymous.as("hengtai.zhao", DemoAccounts.PASSWORD); // the firm of Awards
        callers = Map.of("anonymous", anonymous, "staff", staff, "admin", anonymous.as("admin", RunningApp.ADMIN_PASSWORD),
                "firm", firm);
        // something to list: the awarded challenges (with notices, bids, contracts, notifications)…
        Awards.single();
        // …two vouchers of the firm and two challenges waiting for review
        long firmId = firm.get("/api/v1/users/me").json().getJsonNumber("organizationId").longValue();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (int i = 0; i < 2; i++) {
            Answer voucher = staff.post("/api/v1/vouchers", Json.createObjectBuilder().add("organizationId", firmId)
                    .add("amount", "3000.00").add("region", "330400").add("validFrom", today.toString())
                    .add("validTo", today.plusDays(30).toString()).add("acceptedRegions", Json.createArrayBuilder().add("330000"))
                    .build());
            assertEquals(201, voucher.status(), voucher::toString);
            Answer draft = firm.post("/api/v1/challenges", aChallenge("语句计数待审 " + i, "问题",
                    Instant.now().plusSeconds(30 * 86_400)).build());
            assertEquals(201, draft.status(), draft::toString);
            Answer submitted = firm.post("/api/v1/challenges/" + draft.json().getJsonNumber("id") + "/submit", "");
            assertEquals(200, submitted.status(), submitted::toString);
        }
    }

    /** caller, listing (without its size), the JSON array of its items */
    static final List<String[]> LISTINGS = List.of(
            new String[] {"anonymous", "/api/v1/challenges?", "items"},
            new String[] {"anonymous", "/api/v1/notices?", "items"},
            new String[] {"anonymous", "/api/v1/ocds/releases?", "releases"},
            new String[] {"staff", "/api/v1/contracts?", "items"},
            new String[] {"staff", "/api/v1/organizations?", "items"},
            new String[] {"staff", "/api/v1/vouchers?", "items"},
            new String[] {"staff", "/api/v1/challenges/review-queue?", "items"},
            new String[] {"staff", "/api/v1/audit?", "items"},
            new String[] {"admin", "/api/v1/users?", "items"},
            new String[] {"firm", "/api/v1/challenges/mine?", "items"},
            new String[] {"firm", "/api/v1/contracts?", "items"},
            new String[] {"firm", "/api/v1/vouchers?", "items"},
            new String[] {"firm", "/api/v1/users/me/notifications?", "items"});

    @Test
    void aListingOfAHundredCostsNoMoreStatementsThanOneOfOne() throws InterruptedException {
        List<String> grew = new ArrayList<>();
        StringBuilder counts = new StringBuilder();
        for (String[] listing : LISTINGS) {
            Api caller = callers.get(listing[0]);
            // the search index is built in the background after the start: wait for what it lists
            // (this also makes both calls below find the caller's account read once already)
            for (int i = 0; i < 120 && caller.get(listing[1] + "size=100").json().getJsonArray(listing[2]).size() < 2; i++) {
                Thread.sleep(500);
            }
            // the fewest of three tries each: a change committed meanwhile (the deadline job closing a
            // challenge) drops the shared cache, and the next request reads the caller's account again
            int forOne = Integer.MAX_VALUE;
            int forHundred = Integer.MAX_VALUE;
            int listed = 0;
            for (int i = 0; i < 3; i++) {
                // (an address never asked before: the anonymous listings are not taken from the page cache)
                Answer one = caller.get(listing[1] + "unseen=" + System.nanoTime() + "&size=1");
                Answer hundred = caller.get(listing[1] + "unseen=" + System.nanoTime() + "&size=100");
                assertEquals(200, one.status(), () -> listing[1] + " " + one);
                assertEquals(200, hundred.status(), () -> listing[1] + " " + hundred);
                listed = hundred.json().getJsonArray(listing[2]).size();
                forOne = Math.min(forOne, Integer.parseInt(one.header("X-Jiebang-Sql")));
                forHundred = Math.min(forHundred, Integer.parseInt(hundred.header("X-Jiebang-Sql")));
            }
            assertTrue(listed >= 2, listing[0] + " sees at least two items in " + listing[1] + " (saw " + listed + ")");
            counts.append(String.format("%-45s %-9s 1: %2d  %d: %2d%n", listing[1], listing[0], forOne, listed, forHundred));
            // what a longer page may add once, whatever its length, for the kinds of record it holds
            // that a page of one may not: the audit log asks the seal of bids when the page holds
            // entries about bids; a release of the OCDS feed may hold an award (its proposal's bids,
            // the bids, objections) and contracts (their indicators, partners, payments, milestones
            // and theirs): nine kinds, each read once for the whole page
            int allowed = listing[1].startsWith("/api/v1/audit") ? 1 : listing[1].startsWith("/api/v1/ocds") ? 9 : 0;
            if (forHundred > forOne + allowed) {
                grew.add(listing[0] + " " + listing[1] + ": " + forOne + " statements for one item, " + forHundred + " for "
                        + listed);
            }
        }
        System.out.print(counts);
        assertTrue(grew.isEmpty(), "statements grew with the page:\n" + String.join("\n", grew));
    }

    @Test
    void theWalletPageCostsTheSameWithOneVoucherMore() {
        Browserless firm = new Browserless(app);
        firm.login("hengtai.zhao", DemoAccounts.PASSWORD);
        int before = walletStatements(firm);
        long firmId = callers.get("firm").get("/api/v1/users/me").json().getJsonNumber("organizationId").longValue();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Answer voucher = callers.get("staff").post("/api/v1/vouchers", Json.createObjectBuilder().add("organizationId", firmId)
                .add("amount", "1000.00").add("region", "330400").add("validFrom", today.toString())
                .add("validTo", today.plusDays(30).toString()).add("acceptedRegions", Json.createArrayBuilder().add("330000"))
                .build());
        assertEquals(201, voucher.status(), voucher::toString);
        int after = walletStatements(firm);
        assertTrue(firm.get("/voucher/wallet").body().contains("No. " + voucher.json().getJsonNumber("id")), "the new voucher is shown");
        assertEquals(before, after, "the wallet reads its vouchers' ledgers and redemptions together, not one voucher at a time");
    }

    @Test
    void theCallersAccountRolesOrganizationAndBellAreOneStatement() {
        Api firm = callers.get("firm");
        int me = Integer.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            Answer answer = firm.get("/api/v1/users/me");
            assertEquals(200, answer.status(), answer::toString);
            assertEquals("ENTERPRISE", answer.json().getJsonArray("roles").getString(0));
            me = Math.min(me, Integer.parseInt(answer.header("X-Jiebang-Sql")));
        }
        assertEquals(1, me, "the account with its organization and roles, in one statement");
        // a page: the account with the bell's count (1), the notifications and their number (2)
        Browserless page = new Browserless(app);
        page.login("hengtai.zhao", DemoAccounts.PASSWORD);
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            var notifications = page.get("/account/notifications");
            assertEquals(200, notifications.statusCode());
            fewest = Math.min(fewest, Integer.parseInt(notifications.headers().firstValue("X-Jiebang-Sql").orElseThrow()));
        }
        assertEquals(3, fewest, "the notifications page: the caller with the bell, the page of notifications, their number");
    }

    /** The fewest statements of three renderings of the firm's wallet (a change committed meanwhile can add one). */
    private static int walletStatements(Browserless firm) {
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            var page = firm.get("/voucher/wallet");
            assertEquals(200, page.statusCode());
            fewest = Math.min(fewest, Integer.parseInt(page.headers().firstValue("X-Jiebang-Sql").orElseThrow()));
        }
        return fewest;
    }
}
