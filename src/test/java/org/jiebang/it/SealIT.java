package org.jiebang.it;

import static org.jiebang.testing.Bids.aBid;
import static org.jiebang.testing.Challenges.aChallenge;
import static org.jiebang.testing.Challenges.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.Api.Answer;
import org.jiebang.testing.Browserless;
import org.jiebang.testing.MailServer;
import org.jiebang.testing.Registrations;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seal of SPEC §4 in every channel a person can reach, for everyone outside the bidding team.
 * The bid under test belongs to a challenge whose deadline lies a day ahead, so no test passes or
 * returns early by timing: every assertion about it is made while it is sealed. The audit test
 * owns a second challenge that closes 30 s after it starts, to check afterwards that what the log
 * showed before the close could not have confirmed a perfect guess (a machine too slow to start
 * and submit a bid in 30 s fails that test; it never skips).
 */
class SealIT {

    static RunningApp app;
    static Api anonymous;
    static Api team;
    /** everyone outside the team, by who they are */
    static final Map<String, Api> OUTSIDERS = new LinkedHashMap<>();
    static final Map<String, String> PASSWORDS = new LinkedHashMap<>();
    static long challenge;
    static long bid;
    static long file;
    static String marker;
    static final String PRICE = "765432.19";
    /** the audit log's last place before the bid was started, and after it was submitted */
    static long seqBefore;
    static long seqAfter;

    @BeforeAll
    static void start() {
        app = RunningApp.shared();
        anonymous = new Api(app);
        team = anonymous.as("yrdam.zheng", DemoAccounts.PASSWORD);
        Api firm = anonymous.as("hengtai.zhao", DemoAccounts.PASSWORD);
        Api staff = anonymous.as("staff.wang", DemoAccounts.PASSWORD);
        PASSWORDS.put("hengtai.zhao", DemoAccounts.PASSWORD);
        PASSWORDS.put("yunzhi.sun", DemoAccounts.PASSWORD);
        PASSWORDS.put("staff.wang", DemoAccounts.PASSWORD);
        PASSWORDS.put("admin", RunningApp.ADMIN_PASSWORD);
        PASSWORDS.put("expert.chen", DemoAccounts.PASSWORD);
        PASSWORDS.put("zbut.liu", DemoAccounts.PASSWORD);
        PASSWORDS.put("esslab.huang", DemoAccounts.PASSWORD);
        OUTSIDERS.put("anonymous", anonymous);
        OUTSIDERS.put("the firm (hengtai.zhao)", firm);
        OUTSIDERS.put("a rival firm (yunzhi.sun)", anonymous.as("yunzhi.sun", DemoAccounts.PASSWORD));
        OUTSIDERS.put("staff (staff.wang)", staff);
        OUTSIDERS.put("the admin", anonymous.as("admin", RunningApp.ADMIN_PASSWORD));
        OUTSIDERS.put("an expert (expert.chen)", anonymous.as("expert.chen", DemoAccounts.PASSWORD));
        OUTSIDERS.put("an expert of a partner organization (zbut.liu)", anonymous.as("zbut.liu", DemoAccounts.PASSWORD));
        OUTSIDERS.put("another bidder (esslab.huang)", anonymous.as("esslab.huang", DemoAccounts.PASSWORD));

        long partner = OUTSIDERS.get("an expert of a partner organization (zbut.liu)").get("/api/v1/users/me").json()
                .getJsonNumber("organizationId").longValue();
        challenge = publish(firm, staff, aChallenge("封存全渠道测试", "问题", Instant.now().plus(Duration.ofDays(1))).build())
                .getJsonNumber("id").longValue();
        marker = "sealqz" + System.nanoTime();
        seqBefore = topSeq(staff);
        JsonObject body = Json.createObjectBuilder(aBid("<p>技术路线 " + marker + "</p>", PRICE).build())
                .add("partnerOrganizationIds", Json.createArrayBuilder().add(partner)).build();
        Answer started = team.post("/api/v1/challenges/" + challenge + "/bids", body);
        assertEquals(201, started.status(), started::toString);
        bid = started.json().getJsonNumber("id").longValue();
        Answer attached = team.postBytes("/api/v1/bids/" + bid + "/attachments?name=" + marker + ".pdf", TINY_PDF);
        assertEquals(201, attached.status(), attached::toString);
        file = attached.json().getJsonNumber("id").longValue();
        Answer submitted = team.post("/api/v1/bids/" + bid + "/submit", "");
        assertEquals(200, submitted.status(), submitted::toString);
        seqAfter = topSeq(staff);
        // the submitter's own mail arrives: the mail channel works, so its silence to others means something
        MailServer.await(m -> m.body().contains(submitted.json().getJsonObject("receipt").getString("sha256")),
                Duration.ofSeconds(60));
    }

    static final byte[] TINY_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
            + "endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    /** Whether a text carries the bid's content or points at the bid: answers what it found, or null. */
    private static String leak(String text) {
        if (text.contains(marker)) {
            return marker;
        }
        if (text.contains(PRICE)) {
            return PRICE;
        }
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/bid/view\\?id=" + bid + "(?!\\d)|/bids/" + bid
                + "(?!\\d)").matcher(text);
        return link.find() ? link.group() : null;
    }

    private static boolean leaks(String text) {
        String found = leak(text);
        if (found != null) {
            System.out.println("SealIT found " + found + " in: " + text.substring(Math.max(0, text.indexOf(found) - 300),
                    Math.min(text.length(), text.indexOf(found) + 300)));
        }
        return found != null;
    }

    @Test
    void theTeamSeesItsBid() {
        Answer mine = anonymous.as("yrdam.he", DemoAccounts.PASSWORD).get("/api/v1/bids/" + bid);
        assertEquals(200, mine.status(), "a member of the lead organization");
        assertTrue(mine.body().contains(marker));
    }

    @Test
    void theBidApiAnswers404ToEveryOutsider() {
        OUTSIDERS.forEach((who, api) -> {
            for (String path : List.of("/api/v1/bids/" + bid, "/api/v1/bids/" + bid + "/receipts",
                    "/api/v1/bids/" + bid + "/receipt.pdf", "/api/v1/bids/" + bid + "/attachments/" + file)) {
                Answer answer = api.getAnything(path);
                assertEquals(404, answer.status(), who + " " + path + ": " + answer);
                assertFalse(answer.body().contains(marker) || answer.body().contains(PRICE), who + " " + path);
            }
            Answer change = api.put("/api/v1/bids/" + bid, aBid("<p>篡改</p>", "1.00").build());
            assertTrue(change.status() == 404 || change.status() == 401 || change.status() == 403, who + ": " + change);
            Answer withdraw = api.post("/api/v1/bids/" + bid + "/withdraw", "");
            assertTrue(withdraw.status() == 404 || withdraw.status() == 401 || withdraw.status() == 403, who + ": " + withdraw);
        });
        assertEquals("SUBMITTED", team.get("/api/v1/bids/" + bid).json().getString("status"), "nobody changed it");
    }

    @Test
    void bidListsShowOutsidersAtMostTheCount() {
        OUTSIDERS.forEach((who, api) -> {
            Answer list = api.get("/api/v1/challenges/" + challenge + "/bids");
            assertEquals(200, list.status(), who + ": " + list);
            JsonObject json = list.json();
            assertTrue(json.getBoolean("sealed"));
            assertEquals(0, json.getJsonArray("items").size(), who + ": " + json);
            boolean counts = who.startsWith("the firm") || who.startsWith("staff");
            assertEquals(counts, json.containsKey("submittedCount") && !json.isNull("submittedCount"),
                    who + " sees the count: " + counts);
            if (counts) {
                assertEquals(1, json.getInt("submittedCount"));
            }
            assertFalse(leaks(list.body()), who);
            if (!who.equals("anonymous")) {
                for (String scope : List.of("mine", "organization")) {
                    Answer own = api.get("/api/v1/bids?scope=" + scope + "&size=100");
                    assertEquals(200, own.status(), who + ": " + own);
                    assertFalse(leaks(own.body()) || own.body().contains("\"id\":" + bid + ","), who + " " + scope);
                }
            }
        });
    }

    @Test
    void theChallengeAndSearchSayNothingOfTheBid() {
        OUTSIDERS.forEach((who, api) -> {
            Answer view = api.get("/api/v1/challenges/" + challenge);
            assertEquals(200, view.status());
            assertFalse(leaks(view.body()) || view.body().contains("yrdam") || view.body().contains("长三角先进材料"), who);
            Answer search = api.get("/api/v1/challenges?q=" + marker);
            assertEquals(0, search.json().getJsonNumber("total").longValue(), who + ": the bid's words find nothing");
            Answer byPrice = api.get("/api/v1/challenges?q=" + PRICE);
            assertFalse(leaks(byPrice.body()), who);
        });
        String hall = new Browserless(app).get("/challenge/list?q=" + marker).body();
        assertFalse(hall.contains("/challenge/view?id=" + challenge + "\""), "the hall finds nothing by the bid's words");
    }

    @Test
    void notificationsAndMailTellOutsidersNothing() {
        OUTSIDERS.forEach((who, api) -> {
            if (!who.equals("anonymous")) {
                Answer notes = api.get("/api/v1/users/me/notifications?size=100");
                assertEquals(200, notes.status());
                assertFalse(leaks(notes.body()), who + ": " + notes);
            }
        });
        List<String> outsiderAddresses = OUTSIDERS.entrySet().stream().filter(e -> !e.getKey().equals("anonymous"))
                .map(e -> e.getValue().get("/api/v1/users/me").json().getString("email")).toList();
        for (MailServer.Mail mail : MailServer.received(m -> true)) {
            boolean toOutsider = mail.to().stream().anyMatch(to -> outsiderAddresses.stream().anyMatch(to::contains));
            assertFalse(mail.body().contains(marker) || mail.body().contains(PRICE), "no mail carries the content: " + mail);
            if (toOutsider) {
                assertFalse(leaks(mail.body()), "mail to an outsider: " + mail);
            }
        }
    }

    @Test
    void pagesShowOutsidersAtMostTheCount() {
        Browserless visitor = new Browserless(app);
        assertPagesSealed("anonymous", visitor, false);
        for (Map.Entry<String, String> user : PASSWORDS.entrySet()) {
            Browserless browser = new Browserless(app);
            assertEquals(302, browser.login(user.getKey(), user.getValue()).statusCode(), user.getKey() + " logs in");
            boolean counts = user.getKey().equals("hengtai.zhao") || user.getKey().equals("staff.wang");
            assertPagesSealed(user.getKey(), browser, counts);
        }
    }

    private static void assertPagesSealed(String who, Browserless browser, boolean seesCount) {
        var page = browser.get("/challenge/view?id=" + challenge);
        assertEquals(200, page.statusCode(), who);
        assertFalse(leaks(page.body()) || page.body().contains("ourBid"), who + " on the challenge page");
        assertEquals(seesCount, page.body().contains("id=\"bidCount\""),
                who + " sees the count on the page: " + seesCount);
        for (String path : List.of("/bid/view?id=" + bid, "/bid/edit?id=" + bid)) {
            var bidPage = browser.get(path);
            assertTrue(bidPage.statusCode() == 404 || (who.equals("anonymous") && bidPage.statusCode() == 302),
                    who + " " + path + ": " + bidPage.statusCode());
            assertFalse(leaks(bidPage.body()), who + " " + path);
        }
        if (!who.equals("anonymous")) {
            var mine = browser.get("/bid/mine");
            assertFalse(leaks(mine.body()) || mine.body().contains("封存全渠道测试"), who + " on my bids");
        }
    }

    @Test
    void staffCannotJoinTheBiddingOrganizationToReadItsBid() {
        Api staff = OUTSIDERS.get("staff (staff.wang)");
        long organization = team.get("/api/v1/users/me").json().getJsonNumber("organizationId").longValue();
        String username = Registrations.freshUsername("mole");
        Answer added = staff.post("/api/v1/organizations/" + organization + "/members",
                Registrations.user(username, "Mole-pass-2026").build());
        assertEquals(409, added.status(), added::toString);
        assertEquals("ORGANIZATION_BIDDING", added.json().getString("error"));
        assertEquals(401, anonymous.post("/api/v1/auth/token", Json.createObjectBuilder().add("username", username)
                .add("password", "Mole-pass-2026").build()).status(), "no such account was made");
        Answer colleague = team.post("/api/v1/organizations/" + organization + "/members",
                Registrations.user(Registrations.freshUsername("colleague"), "Colleague-pass-2026").build());
        assertEquals(201, colleague.status(), "its own members still add colleagues: " + colleague);
        long staffId = staff.get("/api/v1/users/me").json().getJsonNumber("id").longValue();
        Api admin = OUTSIDERS.get("the admin");
        try {
            Answer roles = admin.put("/api/v1/users/" + staffId + "/roles", Json.createObjectBuilder().add("roles",
                    Json.createArrayBuilder().add("STAFF").add("RESEARCHER").add("EXPERT")).build());
            assertEquals(200, roles.status(), roles::toString);
            assertEquals(404, staff.get("/api/v1/bids/" + bid).status(), "no role the admin gives opens the seal");
        } finally {
            admin.put("/api/v1/users/" + staffId + "/roles", Json.createObjectBuilder().add("roles",
                    Json.createArrayBuilder().add("STAFF")).build());
        }
    }

    @Test
    void staffCannotProbeForBiddersNorJoinAnOrganizationWhoseWithdrawnBidMayComeBack() {
        Api staff = OUTSIDERS.get("staff (staff.wang)");
        Api other = OUTSIDERS.get("another bidder (esslab.huang)");
        long organization = other.get("/api/v1/users/me").json().getJsonNumber("organizationId").longValue();
        Answer probe = staff.post("/api/v1/organizations/" + organization + "/members", "{}");
        assertEquals(400, probe.status(), "an empty form is refused as such, bidding or not: " + probe);

        long own = publish(OUTSIDERS.get("the firm (hengtai.zhao)"), staff, aChallenge("撤回后加人测试", "问题",
                Instant.now().plus(Duration.ofDays(1))).build()).getJsonNumber("id").longValue();
        long withdrawn = other.post("/api/v1/challenges/" + own + "/bids", aBid("<p>撤回后可再提交</p>", "3.00").build())
                .json().getJsonNumber("id").longValue();
        assertEquals(200, other.post("/api/v1/bids/" + withdrawn + "/submit", "").status());
        assertEquals(200, other.post("/api/v1/bids/" + withdrawn + "/withdraw", "").status());
        String username = Registrations.freshUsername("mole");
        Answer added = staff.post("/api/v1/organizations/" + organization + "/members",
                Registrations.user(username, "Mole-pass-2026").build());
        assertEquals(409, added.status(), "a withdrawn bid can be resubmitted until the deadline: " + added);
        assertTrue(other.get("/api/v1/users/me/notifications?size=50").body().contains(username),
                "the organization is told of the attempt");
        assertTrue(entries(staff.get("/api/v1/audit?size=50")).stream()
                .anyMatch(e -> e.getString("action").equals("MEMBER_ADDITION_REFUSED")), "and it is audited");
    }

    @Test
    void aMemberStaffAddAfterTheBiddingDoesNotSeeWhatTheOrganizationStartedBefore() {
        Api staff = OUTSIDERS.get("staff (staff.wang)");
        Api firm = OUTSIDERS.get("the firm (hengtai.zhao)");
        Api lab = Registrations.registerVerified(anonymous, staff, "LAB", "Lab-pass-2026x");
        long cancelled = publish(firm, staff, aChallenge("取消后的草稿", "问题", Instant.now().plus(Duration.ofDays(1))).build())
                .getJsonNumber("id").longValue();
        String draftWords = "abandoned" + System.nanoTime();
        long draft = lab.post("/api/v1/challenges/" + cancelled + "/bids", aBid("<p>" + draftWords + "</p>", "9.00").build())
                .json().getJsonNumber("id").longValue();
        assertEquals(200, firm.post("/api/v1/challenges/" + cancelled + "/cancel", "{\"reason\":\"需求取消\"}").status());
        long organization = lab.get("/api/v1/users/me").json().getJsonNumber("organizationId").longValue();
        String username = Registrations.freshUsername("late");
        Answer added = staff.post("/api/v1/organizations/" + organization + "/members",
                Registrations.user(username, "Late-pass-2026x").build());
        assertEquals(201, added.status(), "nothing is open for bidding any more: " + added);
        Api late = anonymous.as(username, "Late-pass-2026x");
        assertEquals(404, late.get("/api/v1/bids/" + draft).status(), "the never-opened draft stays its team's");
        assertTrue(entries(late.get("/api/v1/bids?scope=organization&size=100")).stream()
                .noneMatch(b -> b.getJsonNumber("id").longValue() == draft), "nor is it in the organization's list");
        assertTrue(entries(lab.get("/api/v1/bids?scope=organization&size=100")).stream()
                .anyMatch(b -> b.getJsonNumber("id").longValue() == draft), "which shows it to its team");
        assertEquals(200, lab.get("/api/v1/bids/" + draft).status(), "its team still reads it");
    }

    @Test
    void theAuditLogHidesTheBidAndCannotConfirmAGuessYetStaysVerifiable() throws InterruptedException {
        Api staff = OUTSIDERS.get("staff (staff.wang)");
        Api admin = OUTSIDERS.get("the admin");
        // every reader of the log sees the sealed bid's entries as SEALED, with nothing that names it
        for (Api reader : List.of(staff, admin)) {
            Answer log = reader.get("/api/v1/audit?size=200");
            assertEquals(200, log.status());
            assertFalse(leaks(log.body()), "the log names nothing of the bid");
            List<JsonObject> ours = entries(log).stream().filter(e -> e.getJsonNumber("seq").longValue() > seqBefore
                    && e.getJsonNumber("seq").longValue() <= seqAfter && e.getString("entityType").equals("Bid")).toList();
            assertTrue(ours.size() >= 3, "the bid's start, attachment and submission are in the log: " + ours);
            for (JsonObject e : ours) {
                assertTrue(e.getBoolean("sealed") && e.getBoolean("writtenSealed"), e::toString);
                assertEquals("SEALED", e.getString("actor"));
                assertFalse(e.containsKey("entityId") || e.containsKey("before") || e.containsKey("after"), e::toString);
            }
            assertChainRecomputes(entries(log));
        }
        assertEquals(403, OUTSIDERS.get("the firm (hengtai.zhao)").get("/api/v1/audit").status());

        // a challenge of this test's own that closes: its entries read sealed now and in full afterwards
        Api firm = OUTSIDERS.get("the firm (hengtai.zhao)");
        Instant deadline = Instant.now().plusSeconds(RunningApp.MIN_BIDDING_SECONDS + 25);
        long closing = publish(firm, staff, aChallenge("审计封存测试", "问题", deadline).build()).getJsonNumber("id").longValue();
        long top = entries(staff.get("/api/v1/audit?size=1")).get(0).getJsonNumber("seq").longValue();
        long closingBid = team.post("/api/v1/challenges/" + closing + "/bids", aBid("<p>审计</p>", "2000.00").build())
                .json().getJsonNumber("id").longValue();
        assertEquals(200, team.post("/api/v1/bids/" + closingBid + "/submit", "").status());
        List<JsonObject> sealedNow = entries(staff.get("/api/v1/audit?size=50")).stream()
                .filter(e -> e.getJsonNumber("seq").longValue() > top && e.getBoolean("sealed")).toList();
        assertEquals(2, sealedNow.size(), "the bid's start and submission, sealed: " + sealedNow);
        assertTrue(Instant.now().isBefore(deadline), "read before the close");
        for (JsonObject e : sealedNow) {
            assertEquals("SEALED", e.getString("actor"));
            assertEquals("SEALED", e.getString("action"));
            assertFalse(e.containsKey("entityId") || e.containsKey("before") || e.containsKey("after")
                    || e.containsKey("salt"), e::toString);
        }

        while (!"EVALUATING".equals(anonymous.get("/api/v1/challenges/" + closing).json().getString("status"))) {
            assertTrue(Instant.now().isBefore(deadline.plusSeconds(90)), "bidding closes");
            Thread.sleep(1000);
        }
        Map<Long, JsonObject> afterClose = new LinkedHashMap<>();
        entries(staff.get("/api/v1/audit?size=200")).forEach(e -> afterClose.put(e.getJsonNumber("seq").longValue(), e));
        for (JsonObject before : sealedNow) {
            JsonObject full = afterClose.get(before.getJsonNumber("seq").longValue());
            assertEquals("yrdam.zheng", full.getString("actor"), "after the close the entry reads in full");
            assertEquals(closingBid + "", full.getString("entityId"));
            assertEquals(before.getString("hash"), full.getString("hash"), "the same entry, unchanged");
            String salt = full.getString("salt");
            assertEquals(before.getString("commitment"), sha256(salt + "\n" + fields(full.getString("actor"),
                    full.getString("action"), full.getString("entityId"), text(full, "before"), text(full, "after"))),
                    "the salt shown after the close opens the commitment shown before it");
            // the perfect guess, made before the close without the salt, matched nothing that was shown
            String guess = sha256(before.getString("prevHash") + "\n" + fields(before.getJsonNumber("seq").toString(),
                    Instant.parse(before.getString("at")).toString(), full.getString("actor"), full.getString("action"),
                    "Bid", full.getString("entityId"), text(full, "before"), text(full, "after")));
            String unsalted = sha256("\n" + fields(full.getString("actor"), full.getString("action"),
                    full.getString("entityId"), text(full, "before"), text(full, "after")));
            for (String attempt : List.of(guess, unsalted)) {
                assertNotEquals(before.getString("hash"), attempt);
                assertNotEquals(before.getString("commitment"), attempt);
            }
        }
        JsonObject verify = staff.get("/api/v1/audit/verify").json();
        assertTrue(verify.getBoolean("valid"), verify::toString);
    }

    static long topSeq(Api staff) {
        return entries(staff.get("/api/v1/audit?size=1")).get(0).getJsonNumber("seq").longValue();
    }

    static List<JsonObject> entries(Answer log) {
        return log.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    /** Recomputes each entry's hash as docs/audit-log.md describes, and each link to the entry before. */
    static void assertChainRecomputes(List<JsonObject> newestFirst) {
        assertFalse(newestFirst.isEmpty(), "there is a log to check");
        for (int i = 0; i < newestFirst.size(); i++) {
            JsonObject e = newestFirst.get(i);
            String seq = e.getJsonNumber("seq").toString();
            String at = Instant.parse(e.getString("at")).toString();
            String expected;
            if (e.getBoolean("writtenSealed")) {
                String commitment = e.getString("commitment");
                if (!e.getBoolean("sealed")) {
                    // the seal is over: the salt shown opens the commitment
                    assertEquals(commitment, sha256(e.getString("salt") + "\n" + fields(e.getString("actor"),
                            e.getString("action"), text(e, "entityId"), text(e, "before"), text(e, "after"))), e::toString);
                }
                expected = sha256(e.getString("prevHash") + "\n" + fields(seq, at, "SEALED", e.getString("entityType"),
                        commitment));
            } else {
                expected = sha256(e.getString("prevHash") + "\n" + fields(seq, at, e.getString("actor"), e.getString("action"),
                        e.getString("entityType"), text(e, "entityId"), text(e, "before"), text(e, "after")));
            }
            assertEquals(expected, e.getString("hash"), "entry " + seq + " recomputes from what is shown: " + e);
            if (i + 1 < newestFirst.size()) {
                assertEquals(newestFirst.get(i + 1).getString("hash"), e.getString("prevHash"), "entry " + seq + " follows");
            }
        }
    }

    private static String text(JsonObject e, String key) {
        return e.containsKey(key) && !e.isNull(key) ? e.getString(key) : null;
    }

    private static String fields(String... values) {
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            text.append(value == null ? "-1:" : value.length() + ":" + value).append('\n');
        }
        return text.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
