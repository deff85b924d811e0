package org.jiebang.it;

import static org.jiebang.it.ContractApiIT.contract;
import static org.jiebang.it.ContractApiIT.decide;
import static org.jiebang.it.ContractApiIT.milestone;
import static org.jiebang.it.ContractApiIT.signBoth;
import static org.jiebang.it.ContractApiIT.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.Api.Answer;
import org.jiebang.testing.Awards;
import org.jiebang.testing.Awards.Awarded;
import org.jiebang.testing.Challenges;
import org.jiebang.testing.OcdsSchema;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Open data through the running app (SPEC §9, §10): a challenge taken to a registered contract
 * with an accepted milestone and a voucher payment is published as OCDS 1.1 releases valid against
 * the official schemas, showing what a visitor may see and nothing more; the release feed pages
 * through every release in order and agrees with each challenge's package.
 */
class OcdsApiIT {

    static Api anonymous;
    static Api firm;
    static Api team;
    static Api staff;

    @BeforeAll
    static void start() {
        VoucherApiIT.start();
        anonymous = new Api(RunningApp.shared());
        firm = anonymous.as("hengtai.zhao", DemoAccounts.PASSWORD);
        team = anonymous.as("yrdam.zheng", DemoAccounts.PASSWORD);
        staff = anonymous.as("staff.li", DemoAccounts.PASSWORD);
    }

    static JsonObject valid(Answer answer) {
        assertEquals(200, answer.status(), answer::toString);
        assertEquals("", OcdsSchema.violations(answer.body()), "valid against the OCDS 1.1.5 release package schema");
        return answer.json();
    }

    static List<JsonObject> releases(JsonObject pack) {
        return pack.getJsonArray("releases").getValuesAs(JsonObject.class);
    }

    static Instant at(JsonObject release) {
        return Instant.parse(release.getString("date"));
    }

    static List<String> tags(JsonObject release) {
        return release.getJsonArray("tag").getValuesAs(jakarta.json.JsonString::getString);
    }

    @Test
    void aChallengeTakenToARegisteredContractIsPublishedAsValidReleasesShowingOnlyWhatIsPublic() {
        Awarded a = Awards.single();
        long id = a.teamContract();
        signBoth(id);
        String number = "OC" + id + "-" + System.nanoTime() % 100000;
        assertEquals(200, staff.post("/api/v1/contracts/" + id + "/registration", Json.createObjectBuilder()
                .add("registrationNumber", number).build()).status());
        long first = milestone(contract(firm, id), 0);
        assertEquals(200, submit(first, "配方定型", Json.createArrayBuilder()).status());
        assertEquals(200, decide(firm, first, true, null).status());
        assertEquals(201, ContractApiIT.pay(firm, id, first, "1234.56").status(), "a payment from the firm's own account");
        long voucher = VoucherApiIT.voucher("5000.00", "330000");
        Answer held = VoucherApiIT.redeem(voucher, id, "2000.00");
        assertEquals(201, held.status(), held::toString);
        assertEquals(200, staff.post("/api/v1/vouchers/redemptions/" + held.json().getJsonNumber("id") + "/approval",
                Json.createObjectBuilder().add("approved", true).build()).status());

        JsonObject pack = valid(anonymous.get("/api/v1/ocds/challenges/" + a.challenge()));
        assertTrue(pack.getString("uri").endsWith("/api/v1/ocds/challenges/" + a.challenge()));
        List<JsonObject> releases = releases(pack);
        String ocid = RunningApp.OCDS_PREFIX + "-" + a.challenge();
        assertTrue(releases.stream().allMatch(r -> r.getString("ocid").equals(ocid)), "the configured ocid prefix");
        assertEquals(releases.size(), releases.stream().map(r -> r.getString("id")).distinct().count(), "release ids unique");
        for (int i = 1; i < releases.size(); i++) {
            assertFalse(at(releases.get(i - 1)).isAfter(at(releases.get(i))), "oldest first");
        }
        List<String> allTags = releases.stream().flatMap(r -> tags(r).stream()).toList();
        for (String tag : List.of("tender", "tenderUpdate", "award", "awardUpdate", "contract", "contractUpdate",
                "implementation")) {
            assertTrue(allTags.contains(tag), tag + " in " + allTags);
        }

        JsonObject first0 = releases.get(0);
        assertEquals(List.of("tender"), tags(first0));
        assertEquals("active", first0.getJsonObject("tender").getString("status"));
        assertTrue(first0.getJsonArray("awards").isEmpty() && first0.getJsonArray("contracts").isEmpty(),
                "the first release shows the challenge as it was published: no award, no contract");
        assertFalse(first0.getJsonObject("tender").containsKey("numberOfTenderers"), "bids are counted only at the close");

        JsonObject last = releases.get(releases.size() - 1);
        JsonObject tender = last.getJsonObject("tender");
        assertEquals("complete", tender.getString("status"));
        assertEquals(new BigDecimal("500000.00"), tender.getJsonObject("value").getJsonNumber("amount").bigDecimalValue());
        assertEquals("CNY", tender.getJsonObject("value").getString("currency"));
        assertEquals(2, tender.getInt("numberOfTenderers"));
        assertFalse(tender.getJsonArray("items").isEmpty(), "the indicators as items");
        JsonObject award = last.getJsonArray("awards").getJsonObject(0);
        assertEquals(1, last.getJsonArray("awards").size(), "only the winning bid is an award");
        assertEquals("active", award.getString("status"));
        assertEquals("长三角先进材料研究院", award.getJsonArray("suppliers").getJsonObject(0).getString("name"));
        JsonObject contract = last.getJsonArray("contracts").getJsonObject(0);
        assertEquals(award.getString("id"), contract.getString("awardID"));
        assertEquals("active", contract.getString("status"));
        BigDecimal registered = contract(staff, id).getJsonNumber("transactionAmount").bigDecimalValue();
        assertEquals(registered, contract.getJsonObject("value").getJsonNumber("amount").bigDecimalValue(),
                "the registered transaction amount");
        JsonObject implementation = contract.getJsonObject("implementation");
        assertEquals(1, implementation.getJsonArray("milestones").size(), "the accepted milestone only");
        assertEquals("met", implementation.getJsonArray("milestones").getJsonObject(0).getString("status"));
        assertEquals(1, implementation.getJsonArray("transactions").size(), "the voucher payment only");
        assertEquals(new BigDecimal("2000.00"), implementation.getJsonArray("transactions").getJsonObject(0)
                .getJsonObject("value").getJsonNumber("amount").bigDecimalValue());
        List<String> roles = last.getJsonArray("parties").stream().flatMap(p -> p.asJsonObject().getJsonArray("roles")
                .getValuesAs(jakarta.json.JsonString::getString).stream()).toList();
        assertTrue(roles.containsAll(List.of("buyer", "procuringEntity", "supplier", "payer", "payee", "reviewBody")),
                roles.toString());

        // the release made when the contract was signed still shows it as it was then: unregistered, no value
        JsonObject signed = releases.stream().filter(r -> tags(r).contains("contract")).findFirst().orElseThrow();
        assertFalse(signed.getJsonArray("contracts").getJsonObject(0).containsKey("value"), "no value before registration");

        String body = pack.toString();
        assertFalse(body.contains("LLZO"), "never the confidential details");
        assertFalse(body.contains("新型储能与电池安全重点实验室") || body.contains("900000"), "never the losing bid");
        assertFalse(body.contains("1234.56"), "never the firm's own payments");
        assertFalse(body.contains("陈志远") || body.contains("technical"), "never an expert or a score");
    }

    @Test
    void theFeedPagesThroughEveryReleaseInOrderAgreeingWithEachPackageAndNeverShowsADraft() {
        Awarded a = Awards.single();
        long draft = firm.post("/api/v1/challenges", Challenges.aChallenge("开放数据草稿", "问题",
                Instant.now().plusSeconds(30 * 86400)).build()).json().getJsonNumber("id").longValue();
        assertEquals(404, anonymous.get("/api/v1/ocds/challenges/" + draft).status(), "nothing before publication");
        assertEquals(404, staff.get("/api/v1/ocds/challenges/" + draft).status(), "open data is the public view, for all");

        Map<String, JsonObject> feed = new LinkedHashMap<>();
        String next = "/api/v1/ocds/releases?size=7";
        Instant previousAt = Instant.EPOCH;
        long previousId = -1;
        int pages = 0;
        while (true) {
            Answer answer = anonymous.get(next);
            if (answer.status() == 204) {
                break; // read to the end
            }
            JsonObject page = valid(answer);
            List<JsonObject> rs = releases(page);
            assertTrue(rs.size() <= 7);
            for (JsonObject r : rs) {
                long challenge = Long.parseLong(r.getString("ocid").replaceAll("\\D", ""));
                assertTrue(at(r).isAfter(previousAt) || at(r).equals(previousAt) && challenge > previousId,
                        "in order of time, then challenge: " + r.getString("id"));
                previousAt = at(r);
                previousId = challenge;
                assertEquals(null, feed.put(r.getString("ocid") + "/" + r.getString("id"), r), "each release once");
            }
            next = page.getJsonObject("links").getString("next").replaceFirst("^https?://[^/]+", "");
            pages++;
        }
        assertTrue(pages > 1, "several pages");
        assertTrue(next.contains("since=") && next.contains("after="), "the last page names where to read on from: " + next);
        assertTrue(feed.keySet().stream().noneMatch(k -> k.startsWith(RunningApp.OCDS_PREFIX + "-" + draft + "/")));

        List<JsonObject> own = releases(valid(anonymous.get("/api/v1/ocds/challenges/" + a.challenge())));
        List<JsonObject> fromFeed = new ArrayList<>();
        feed.forEach((k, r) -> {
            if (k.startsWith(RunningApp.OCDS_PREFIX + "-" + a.challenge() + "/")) {
                fromFeed.add(r);
            }
        });
        assertEquals(own.size(), fromFeed.size());
        for (int i = 0; i < own.size(); i++) {
            assertEquals(own.get(i).getString("id"), fromFeed.get(i).getString("id"));
            assertEquals(own.get(i).toString(), fromFeed.get(i).toString(), "a release is the same wherever it is read");
        }

        List<JsonObject> all = new ArrayList<>(feed.values());
        Instant since = at(all.get(all.size() - 3));
        JsonObject recent = valid(anonymous.get("/api/v1/ocds/releases?since=" + since));
        assertFalse(releases(recent).isEmpty());
        assertTrue(releases(recent).stream().allMatch(r -> at(r).isAfter(since)), "only what changed since");
        assertEquals(204, anonymous.get("/api/v1/ocds/releases?since=" + Instant.now().plusSeconds(3600)).status(),
                "nothing newer: no content (a release package holds at least one release)");

        Answer badSince = anonymous.get("/api/v1/ocds/releases?since=yesterday");
        assertEquals(400, badSince.status());
        assertEquals("since", badSince.json().getString("field"));
        assertEquals("after", anonymous.get("/api/v1/ocds/releases?since=2026-01-01T00:00:00Z&after=x").json().getString("field"));
        assertEquals("since", anonymous.get("/api/v1/ocds/releases?since=+10000-01-01T00:00:00Z").json().getString("field"));
        Answer tooBig = anonymous.get("/api/v1/ocds/releases?size=501");
        assertEquals(400, tooBig.status());
        assertEquals("size", tooBig.json().getString("field"));
    }
}
