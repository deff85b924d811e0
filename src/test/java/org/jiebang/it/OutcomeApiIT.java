package org.jiebang.it;

import static org.jiebang.it.ContractApiIT.contract;
import static org.jiebang.it.ContractApiIT.error;
import static org.jiebang.it.ContractApiIT.signBoth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.Api.Answer;
import org.jiebang.testing.Awards;
import org.jiebang.testing.Awards.Awarded;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Outcomes through the running app (SPEC §8, §10): the contractor records them on a signed
 * contract, a patent's application number is checked, the firm or staff confirm once, and nobody
 * outside the contract reads them.
 */
class OutcomeApiIT {

    static Api anonymous;
    static Api firm;
    static Api team;
    static Api rival;
    static Api staff;

    @BeforeAll
    static void start() {
        ContractApiIT.start();
        anonymous = new Api(RunningApp.shared());
        firm = anonymous.as("hengtai.zhao", DemoAccounts.PASSWORD);
        team = anonymous.as("yrdam.zheng", DemoAccounts.PASSWORD);
        rival = anonymous.as("yunzhi.sun", DemoAccounts.PASSWORD);
        staff = anonymous.as("staff.li", DemoAccounts.PASSWORD);
    }

    static Answer record(Api as, long contract, String type, String number) {
        var body = Json.createObjectBuilder().add("type", type).add("title", "一种固态电解质界面修饰方法")
                .add("date", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()).add("evidence", "受理通知书");
        if (number != null) {
            body.add("applicationNumber", number).add("patentStatus", "FILED");
        }
        return as.post("/api/v1/contracts/" + contract + "/outcomes", body.build());
    }

    @Test
    void theContractorRecordsAPatentWithAValidNumberAndTheFirmConfirmsItOnce() {
        Awarded a = Awards.single();
        long id = a.teamContract();
        assertEquals(409, record(team, id, "PATENT", "202310123456.6").status(), "not before both have signed");
        signBoth(id);
        Answer wrong = record(team, id, "PATENT", "202310123456.7");
        assertEquals(400, wrong.status());
        assertEquals("applicationNumber", wrong.json().getString("field"), "the field is named");
        assertEquals(403, record(firm, id, "PATENT", "202310123456.6").status(), "the firm does not record the team's outcomes");
        assertEquals(404, record(rival, id, "PATENT", "202310123456.6").status());
        Answer recorded = record(team, id, "PATENT", "CN202310123456.6");
        assertEquals(201, recorded.status(), recorded::toString);
        JsonObject outcome = recorded.json();
        assertEquals("202310123456.6", outcome.getString("applicationNumber"));
        assertFalse(outcome.containsKey("confirmed"), "awaiting confirmation");
        long outcomeId = outcome.getJsonNumber("id").longValue();

        assertEquals(1, firm.get("/api/v1/contracts/" + id + "/outcomes").array().size());
        assertEquals(404, rival.get("/api/v1/contracts/" + id + "/outcomes").status());
        assertEquals(401, anonymous.get("/api/v1/contracts/" + id + "/outcomes").status());
        assertEquals(403, team.post("/api/v1/outcomes/" + outcomeId + "/confirmation", "{\"confirmed\":true}").status(),
                "the contractor does not confirm its own outcome");
        assertEquals(404, rival.post("/api/v1/outcomes/" + outcomeId + "/confirmation", "{\"confirmed\":true}").status());
        Answer declinedWithoutReason = firm.post("/api/v1/outcomes/" + outcomeId + "/confirmation", "{\"confirmed\":false}");
        assertEquals(422, declinedWithoutReason.status());
        Answer confirmed = firm.post("/api/v1/outcomes/" + outcomeId + "/confirmation", "{\"confirmed\":true}");
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertTrue(confirmed.json().getBoolean("confirmed"));
        Answer again = staff.post("/api/v1/outcomes/" + outcomeId + "/confirmation", "{\"confirmed\":false,\"comment\":\"x\"}");
        assertEquals(409, again.status());
        assertEquals("ALREADY_CONFIRMED", error(again));
        assertTrue(team.get("/api/v1/contracts/" + id + "/timeline").body().contains("OUTCOME_CONFIRMED"));
        assertEquals("SIGNED", contract(firm, id).getString("status"));
    }

    @Test
    void theTraceShowsTheWholeChainToThePartiesAndOnlyThePublicPartsToVisitors() {
        Awarded a = Awards.single();
        long id = a.teamContract();
        signBoth(id);
        long first = ContractApiIT.milestone(contract(firm, id), 0);
        assertEquals(200, ContractApiIT.submit(first, "配方定型", Json.createArrayBuilder()).status());
        assertEquals(200, ContractApiIT.decide(firm, first, true, null).status());
        assertEquals(201, ContractApiIT.pay(firm, id, first, "1000.00").status());
        long confirmed = record(team, id, "PATENT", "202310123456.6").json().getJsonNumber("id").longValue();
        assertEquals(200, firm.post("/api/v1/outcomes/" + confirmed + "/confirmation", "{\"confirmed\":true}").status());
        assertEquals(201, team.post("/api/v1/contracts/" + id + "/outcomes", Json.createObjectBuilder().add("type", "PAPER")
                .add("title", "未确认的论文成果").add("date", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()).build()).status());

        Answer publicTrace = anonymous.get("/api/v1/challenges/" + a.challenge() + "/trace");
        assertEquals(200, publicTrace.status(), publicTrace::toString);
        JsonObject visitor = publicTrace.json();
        assertEquals("PUBLIC", visitor.getString("viewer"));
        java.util.List<String> kinds = visitor.getJsonArray("entries").stream().map(e -> e.asJsonObject().getString("kind")).toList();
        for (String kind : java.util.List.of("PUBLISHED", "CLOSED", "PANEL", "NOTICE", "AWARDED", "TEAM", "CONTRACT_SIGNED",
                "MILESTONE_ACCEPTED", "OUTCOME")) {
            assertTrue(kinds.contains(kind), kind + " in " + kinds);
        }
        assertFalse(kinds.contains("POSTED") || kinds.contains("PAID"), "no draft date, no payment for visitors: " + kinds);
        String body = publicTrace.body();
        assertTrue(body.contains("郑海涛") && body.contains("长三角先进材料研究院"), "the principal and the team");
        assertTrue(body.contains("202310123456.6"), "a confirmed outcome is public");
        assertFalse(body.contains("未确认的论文成果"), "an unconfirmed one is not");
        assertFalse(body.contains("LLZO"), "never the confidential details");
        assertFalse(body.contains("陈志远") || body.contains("expert.chen"), "never an expert's name");
        assertFalse(body.contains("/contract/view"), "no links into contracts for visitors");
        assertEquals(2, visitor.getInt("openedBids"));
        assertEquals(1, visitor.getInt("contracts"));

        JsonObject party = firm.get("/api/v1/challenges/" + a.challenge() + "/trace").json();
        assertEquals("PARTY", party.getString("viewer"));
        String partyBody = party.toString();
        assertTrue(partyBody.contains("\"PAID\"") && partyBody.contains("未确认的论文成果") && partyBody.contains("/contract/view?id=" + id),
                "the parties see payments, every outcome and the links");
        assertEquals("STAFF", staff.get("/api/v1/challenges/" + a.challenge() + "/trace").json().getString("viewer"));

        long draft = firm.post("/api/v1/challenges", org.jiebang.testing.Challenges.aChallenge("溯源草稿", "问题",
                java.time.Instant.now().plusSeconds(30 * 86400)).build()).json().getJsonNumber("id").longValue();
        assertEquals(404, anonymous.get("/api/v1/challenges/" + draft + "/trace").status(), "nothing before publication");
        assertEquals(404, rival.get("/api/v1/challenges/" + draft + "/trace").status());
        assertEquals(200, firm.get("/api/v1/challenges/" + draft + "/trace").status(), "the firm traces its own draft");
    }
}
