package org.jiebang.it;

import static org.jiebang.it.ContractApiIT.concurrently;
import static org.jiebang.it.ContractApiIT.contract;
import static org.jiebang.it.ContractApiIT.decide;
import static org.jiebang.it.ContractApiIT.error;
import static org.jiebang.it.ContractApiIT.milestone;
import static org.jiebang.it.ContractApiIT.signBoth;
import static org.jiebang.it.ContractApiIT.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.Api.Answer;
import org.jiebang.testing.Awards;
import org.jiebang.testing.Awards.Awarded;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Innovation vouchers through the running app on MariaDB (SPEC §7): issued to verified firms only,
 * seen by their firm and staff only, refused when expired or for a provider outside the accepted
 * regions, and a balance that 50 concurrent redemptions and the approvals that follow never take
 * below zero, always the ledger's sum.
 */
class VoucherApiIT {

    static Api anonymous;
    static Api firm;
    static Api rival;
    static Api team;
    static Api staff;
    static long firmId;
    static long teamOrgId;

    @BeforeAll
    static void start() {
        RunningApp app = RunningApp.shared();
        ContractApiIT.start();
        anonymous = new Api(app);
        firm = anonymous.as("hengtai.zhao", DemoAccounts.PASSWORD);
        rival = anonymous.as("yunzhi.sun", DemoAccounts.PASSWORD);
        team = anonymous.as("yrdam.zheng", DemoAccounts.PASSWORD);
        staff = anonymous.as("staff.li", DemoAccounts.PASSWORD);
        firmId = firm.get("/api/v1/users/me").json().getJsonNumber("organizationId").longValue();
        teamOrgId = team.get("/api/v1/users/me").json().getJsonNumber("organizationId").longValue();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static Answer issue(Api as, long organization, String amount, LocalDate from, LocalDate to, String... accepted) {
        JsonArrayBuilder regions = Json.createArrayBuilder();
        for (String r : accepted) {
            regions.add(r);
        }
        return as.post("/api/v1/vouchers", Json.createObjectBuilder().add("organizationId", organization)
                .add("amount", new BigDecimal(amount)).add("region", "330400").add("validFrom", from.toString())
                .add("validTo", to.toString()).add("acceptedRegions", regions).build());
    }

    static long voucher(String amount, String... accepted) {
        Answer issued = issue(staff, firmId, amount, today().minusDays(10), today().plusDays(30), accepted);
        assertEquals(201, issued.status(), issued::toString);
        return issued.json().getJsonNumber("id").longValue();
    }

    static Answer redeem(long voucher, long contract, String amount) {
        return firm.post("/api/v1/vouchers/" + voucher + "/redemptions", Json.createObjectBuilder().add("contractId", contract)
                .add("amount", new BigDecimal(amount)).build());
    }

    static BigDecimal balance(long voucher) {
        return firm.get("/api/v1/vouchers/" + voucher).json().getJsonNumber("balance").bigDecimalValue();
    }

    /** A signed contract of the firm whose first milestone (320,000.00) is accepted and unpaid. */
    static long owing() {
        Awarded a = Awards.single();
        signBoth(a.teamContract());
        long first = milestone(contract(firm, a.teamContract()), 0);
        assertEquals(200, submit(first, "配方定型", Json.createArrayBuilder()).status());
        assertEquals(200, decide(firm, first, true, null).status());
        return a.teamContract();
    }

    @Test
    void staffIssueVouchersToVerifiedFirmsOnlyAndEachFirmSeesItsOwn() {
        assertEquals(403, issue(firm, firmId, "1000", today(), today().plusDays(1), "330000").status());
        assertEquals(401, issue(anonymous, firmId, "1000", today(), today().plusDays(1), "330000").status());
        Answer toALab = issue(staff, teamOrgId, "1000", today(), today().plusDays(1), "330000");
        assertEquals(422, toALab.status());
        assertEquals("NOT_A_VERIFIED_FIRM", error(toALab));
        Answer badDates = issue(staff, firmId, "1000", today(), today().minusDays(1), "33");
        assertEquals(400, badDates.status());
        assertTrue(badDates.body().contains("validTo") && badDates.body().contains("acceptedRegions[0]"), badDates.body());

        long id = voucher("20000.00", "330000", "310000");
        JsonObject mine = firm.get("/api/v1/vouchers/" + id).json();
        assertEquals(new BigDecimal("20000.00"), mine.getJsonNumber("balance").bigDecimalValue());
        assertEquals(List.of("330000", "310000"), mine.getJsonArray("acceptedRegions").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("ISSUE", mine.getJsonArray("ledger").getJsonObject(0).getString("kind"));
        assertTrue(firm.get("/api/v1/vouchers").json().getJsonArray("items").stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id));
        assertTrue(rival.get("/api/v1/vouchers").json().getJsonArray("items").stream()
                .noneMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id), "another firm never lists it");
        assertEquals(404, rival.get("/api/v1/vouchers/" + id).status());
        assertEquals(404, team.get("/api/v1/vouchers/" + id).status());
        assertEquals(200, staff.get("/api/v1/vouchers/" + id).status());
        assertTrue(firm.get("/api/v1/users/me/notifications?size=100").body().contains("VOUCHER_ISSUED"));
    }

    @Test
    void anExpiredVoucherAProviderOutsideTheAcceptedRegionsAndMoreThanIsOwedAreRefusedNamingTheRule() {
        long contract = owing();
        Answer expiredIssue = issue(staff, firmId, "5000", today().minusDays(30), today().minusDays(1), "330000");
        long expired = expiredIssue.json().getJsonNumber("id").longValue();
        Answer late = redeem(expired, contract, "100.00");
        assertEquals(422, late.status());
        assertEquals("VOUCHER_EXPIRED", error(late));
        long guangdong = voucher("5000.00", "440000");
        Answer outside = redeem(guangdong, contract, "100.00");
        assertEquals(422, outside.status());
        assertEquals("REGION_NOT_ACCEPTED", error(outside));
        assertTrue(outside.json().getString("message").contains("440000"), outside::toString);

        long zhejiang = voucher("5000.00", "330000");
        Answer tooMuch = redeem(zhejiang, contract, "5000.01");
        assertEquals(422, tooMuch.status());
        assertEquals("INSUFFICIENT_BALANCE", error(tooMuch));
        assertEquals(404, rival.post("/api/v1/vouchers/" + zhejiang + "/redemptions", "{}").status(), "another firm's voucher");
        Answer notOwed = firm.post("/api/v1/vouchers/" + zhejiang + "/redemptions", Json.createObjectBuilder()
                .add("contractId", contract).add("amount", new BigDecimal("100.00"))
                .add("milestoneId", milestone(contract(firm, contract), 1)).build());
        assertEquals(409, notOwed.status(), "the final milestone is not accepted: " + notOwed);
        assertEquals(new BigDecimal("5000.00"), balance(zhejiang), "nothing held by a refusal");

        Answer held = redeem(zhejiang, contract, "1200.00");
        assertEquals(201, held.status(), held::toString);
        assertEquals(new BigDecimal("3800.00"), balance(zhejiang), "held until staff decide");
        long redemption = held.json().getJsonNumber("id").longValue();
        assertEquals(403, firm.post("/api/v1/vouchers/redemptions/" + redemption + "/approval", Json.createObjectBuilder()
                .add("approved", true).build()).status());
        Answer noReason = staff.post("/api/v1/vouchers/redemptions/" + redemption + "/approval", Json.createObjectBuilder()
                .add("approved", false).build());
        assertEquals(422, noReason.status());
        Answer refused = staff.post("/api/v1/vouchers/" + zhejiang + "/redemptions/" + redemption + "/approval",
                Json.createObjectBuilder().add("approved", false).add("reason", "发票信息不全").build());
        assertEquals(200, refused.status(), refused::toString);
        assertEquals("REFUSED", refused.json().getString("status"));
        assertEquals(new BigDecimal("5000.00"), balance(zhejiang), "a refusal releases the hold");
        assertEquals(404, staff.post("/api/v1/vouchers/" + guangdong + "/redemptions/" + redemption + "/approval",
                Json.createObjectBuilder().add("approved", true).build()).status(), "not a redemption of that voucher");
    }

    @Test
    void fiftyConcurrentRedemptionsAndTheirApprovalsNeverTakeTheBalanceBelowZero() throws Exception {
        long contract = owing();
        long id = voucher("10000.00", "330000");
        ConcurrentLinkedQueue<Long> held = new ConcurrentLinkedQueue<>();
        List<Integer> statuses = concurrently(50, () -> {
            Answer a = redeem(id, contract, "300.00");
            if (a.status() == 201) {
                held.add(a.json().getJsonNumber("id").longValue());
            } else if (a.status() == 422) {
                assertEquals("INSUFFICIENT_BALANCE", error(a));
            }
            return a.status();
        });
        assertEquals(33, statuses.stream().filter(s -> s == 201).count(), "33 × 300 fit in 10,000: " + statuses);
        assertEquals(17, statuses.stream().filter(s -> s == 422).count(), statuses.toString());
        assertEquals(new BigDecimal("100.00"), balance(id));
        long first = milestone(contract(firm, contract), 0);
        Answer overHolds = ContractApiIT.pay(firm, contract, first, "310100.01");
        assertEquals(422, overHolds.status(), "a direct payment never takes what pending redemptions hold: " + overHolds);

        // every held redemption approved twice at once: each settles once
        List<Long> twice = new java.util.ArrayList<>(held);
        twice.addAll(held);
        java.util.Iterator<Long> next = twice.iterator();
        List<Integer> approvals = concurrently(twice.size(), () -> {
            long rid;
            synchronized (next) {
                rid = next.next();
            }
            return staff.post("/api/v1/vouchers/redemptions/" + rid + "/approval", Json.createObjectBuilder()
                    .add("approved", true).build()).status();
        });
        assertEquals(33, approvals.stream().filter(s -> s == 200).count(), approvals.toString());
        assertEquals(33, approvals.stream().filter(s -> s == 409).count(), approvals.toString());

        JsonObject voucher = firm.get("/api/v1/vouchers/" + id).json();
        BigDecimal ledger = voucher.getJsonArray("ledger").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getJsonNumber("amount").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("100.00"), voucher.getJsonNumber("balance").bigDecimalValue());
        assertEquals(0, ledger.compareTo(voucher.getJsonNumber("balance").bigDecimalValue()), "the balance is the ledger's sum");
        assertEquals(1 + 33 * 3, voucher.getJsonArray("ledger").size(), "issue, and per redemption: hold, release, settle");
        List<JsonObject> payments = firm.get("/api/v1/contracts/" + contract + "/payments").array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(33, payments.stream().filter(p -> p.getString("source").equals("VOUCHER")).count());
        assertEquals(new BigDecimal("9900.00"), payments.stream().map(p -> p.getJsonNumber("amount").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add), "the provider was settled exactly what was approved");
        assertTrue(team.get("/api/v1/contracts/" + contract + "/timeline").body().contains("VOUCHER_REQUESTED"));
    }
}
