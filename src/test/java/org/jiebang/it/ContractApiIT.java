package org.jiebang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.Api.Answer;
import org.jiebang.testing.Awards;
import org.jiebang.testing.Awards.Awarded;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * Technology contracts through the running app on MariaDB (SPEC §6, §10): a draft from each award,
 * edited and signed on the text's hash, registered; milestones submitted, rejected, resubmitted and
 * accepted, concurrently once; payments within the rules; the final acceptance closing the
 * contract and completing the challenge; overdue and reminders; a horse race's gate; termination
 * by agreement. Each test owns its awarded challenge.
 */
class ContractApiIT {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
            + "endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    static RunningApp app;
    static Api anonymous;
    static Api firm;
    static Api firmColleague;
    static Api rival;
    static Api team;
    static Api other;
    static Api staff;

    @BeforeAll
    static void start() {
        app = RunningApp.shared();
        anonymous = new Api(app);
        firm = anonymous.as("hengtai.zhao", DemoAccounts.PASSWORD);
        firmColleague = anonymous.as("hengtai.qian", DemoAccounts.PASSWORD);
        rival = anonymous.as("yunzhi.sun", DemoAccounts.PASSWORD);
        team = anonymous.as("yrdam.zheng", DemoAccounts.PASSWORD);
        other = anonymous.as("esslab.huang", DemoAccounts.PASSWORD);
        staff = anonymous.as("staff.li", DemoAccounts.PASSWORD);
    }

    static JsonObject contract(Api as, long id) {
        Answer got = as.get("/api/v1/contracts/" + id);
        assertEquals(200, got.status(), got::toString);
        return got.json();
    }

    static String sha(JsonObject contract) {
        return contract.getString("textSha256");
    }

    static void signBoth(long id) {
        assertEquals(200, firm.post("/api/v1/contracts/" + id + "/sign", Json.createObjectBuilder()
                .add("sha256", sha(contract(firm, id))).build()).status());
        Answer second = team.post("/api/v1/contracts/" + id + "/sign", Json.createObjectBuilder()
                .add("sha256", sha(contract(team, id))).build());
        assertEquals(200, second.status(), second::toString);
        assertEquals("SIGNED", second.json().getString("status"));
    }

    static List<JsonObject> milestones(JsonObject contract) {
        return contract.getJsonArray("milestones").stream().map(JsonValue::asJsonObject).toList();
    }

    static long milestone(JsonObject contract, int index) {
        return milestones(contract).get(index).getJsonNumber("id").longValue();
    }

    static Answer submit(long milestone, String deliverables, JsonArrayBuilder measurements, Long... evidence) {
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (Long file : evidence) {
            files.add(file);
        }
        return team.post("/api/v1/milestones/" + milestone + "/submission", Json.createObjectBuilder()
                .add("deliverables", deliverables).add("evidenceFileIds", files).add("measurements", measurements).build());
    }

    static Answer decide(Api as, long milestone, boolean accepted, String comment) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("accepted", accepted);
        if (comment != null) {
            body.add("comment", comment);
        }
        return as.post("/api/v1/milestones/" + milestone + "/acceptance", body.build());
    }

    static Answer pay(Api as, long contract, long milestone, String amount) {
        return as.post("/api/v1/contracts/" + contract + "/payments", Json.createObjectBuilder().add("milestoneId", milestone)
                .add("amount", new BigDecimal(amount)).build());
    }

    /** The contract as its GET returns it, with some fields replaced: what a client PUTs. */
    static JsonObject changed(JsonObject contract, String field, JsonValue value) {
        return Json.createObjectBuilder(contract).add(field, value).build();
    }

    static String error(Answer answer) {
        return answer.json().getString("error");
    }

    static String challengeStatus(long challenge) {
        return anonymous.get("/api/v1/challenges/" + challenge).json().getString("status");
    }

    @Test
    void aDraftFromTheAwardCarriesThePriceTheMilestonesAndTheIndicatorsAndIsSignedOnTheTextsHashThenRegistered()
            throws Exception {
        Awarded a = Awards.single();
        JsonObject draft = contract(firm, a.teamContract());
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(a.challenge(), draft.getJsonNumber("challengeId").longValue());
        assertEquals(a.teamBid(), draft.getJsonNumber("awardBidId").longValue());
        assertEquals(new BigDecimal("800000.00"), draft.getJsonNumber("amount").bigDecimalValue(), "the winning price");
        assertEquals(new BigDecimal("800000.00"), draft.getJsonNumber("transactionAmount").bigDecimalValue());
        assertEquals("DEVELOPMENT", draft.getString("type"));
        assertEquals("成果归发榜方所有，揭榜方享有署名权", draft.getString("ipClause"), "from the challenge's IP terms");
        assertEquals(List.of(new BigDecimal("320000.00"), new BigDecimal("480000.00")), milestones(draft).stream()
                .map(m -> m.getJsonNumber("amount").bigDecimalValue()).toList(), "the bid's 40/60 shares of the price");
        assertEquals(List.of("材料定型", "中试验证"), milestones(draft).stream().map(m -> m.getString("title")).toList());
        JsonObject indicator = draft.getJsonArray("indicators").getJsonObject(0);
        JsonObject posted = anonymous.get("/api/v1/challenges/" + a.challenge()).json().getJsonArray("indicators").getJsonObject(0);
        for (String part : List.of("name", "target", "unit", "verification")) {
            assertEquals(posted.getString(part), indicator.getString(part), "the indicator as posted: " + part);
        }
        assertEquals("≥ 2500 次", indicator.getString("promised"), "the bid's promise");
        assertEquals("长三角先进材料研究院", draft.getJsonObject("contractor").getString("name"));

        // who sees it: the parties and staff; nobody else learns it exists
        assertEquals(200, firmColleague.get("/api/v1/contracts/" + a.teamContract()).status());
        assertEquals(200, staff.get("/api/v1/contracts/" + a.teamContract()).status());
        assertEquals(404, rival.get("/api/v1/contracts/" + a.teamContract()).status());
        assertEquals(404, other.get("/api/v1/contracts/" + a.teamContract()).status(), "the losing bidder");
        assertEquals(401, anonymous.get("/api/v1/contracts/" + a.teamContract()).status());
        assertTrue(other.get("/api/v1/contracts?challengeId=" + a.challenge()).json().getJsonArray("items").isEmpty());
        assertEquals(404, rival.get("/api/v1/contracts/" + a.teamContract() + "/milestones").status());

        // editing: rules named, then a change that holds
        JsonObject wrongSum = changed(draft, "amount", Json.createValue(new BigDecimal("850000.00")));
        Answer sum = firm.put("/api/v1/contracts/" + a.teamContract(), wrongSum);
        assertEquals(422, sum.status(), sum::toString);
        assertEquals("MILESTONE_SUM", error(sum));
        Answer above = firm.put("/api/v1/contracts/" + a.teamContract(),
                changed(draft, "transactionAmount", Json.createValue(new BigDecimal("800000.01"))));
        assertEquals(422, above.status());
        assertEquals("TRANSACTION_ABOVE_AMOUNT", error(above));
        assertEquals(404, other.put("/api/v1/contracts/" + a.teamContract(), draft).status(), "the losing bidder cannot edit");

        // the firm signs the text it was shown; a stale hash is refused
        Answer stale = firm.post("/api/v1/contracts/" + a.teamContract() + "/sign", Json.createObjectBuilder()
                .add("sha256", "0".repeat(64)).build());
        assertEquals(409, stale.status());
        assertEquals("CONTRACT_TEXT_CHANGED", error(stale));
        String text = firm.getText("/api/v1/contracts/" + a.teamContract() + "/text").body();
        String textSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(sha(draft), textSha, "the hash is the SHA-256 of the Chinese text the API serves");
        assertTrue(text.contains("循环寿命：目标值 ≥ 2000 次；乙方承诺 ≥ 2500 次") && text.contains("嘉兴恒泰"), text);
        Answer signed = firm.post("/api/v1/contracts/" + a.teamContract() + "/sign", Json.createObjectBuilder()
                .add("sha256", textSha).build());
        assertEquals(200, signed.status(), signed::toString);
        JsonObject signature = signed.json().getJsonArray("signatures").getJsonObject(0);
        assertEquals("CLIENT", signature.getString("party"));
        assertEquals(textSha, signature.getString("sha256"));
        assertEquals("赵建国", signature.getString("userName"));

        // the contractor changes the transaction amount: the firm's signature is void
        Answer edited = team.put("/api/v1/contracts/" + a.teamContract(), changed(contract(team, a.teamContract()),
                "transactionAmount", Json.createValue(new BigDecimal("700000.00"))));
        assertEquals(200, edited.status(), edited::toString);
        assertTrue(edited.json().getJsonArray("signatures").isEmpty(), "a change voids the signatures given");
        assertNotEquals(textSha, sha(edited.json()));
        assertEquals(2, edited.json().getInt("textVersion"));
        assertEquals("AWARDED", challengeStatus(a.challenge()));
        signBoth(a.teamContract());
        assertEquals("IN_EXECUTION", challengeStatus(a.challenge()), "both signed: the challenge is in execution");
        Answer late = firm.put("/api/v1/contracts/" + a.teamContract(), contract(firm, a.teamContract()));
        assertEquals(409, late.status(), "no edit once both have signed");

        // registration (认定登记): staff only, once, one number per contract
        String number = "JB" + a.teamContract() + "-" + Long.toString(System.nanoTime() % 100000);
        assertEquals(403, team.post("/api/v1/contracts/" + a.teamContract() + "/registration", Json.createObjectBuilder()
                .add("registrationNumber", number).build()).status());
        Answer registered = staff.post("/api/v1/contracts/" + a.teamContract() + "/registration", Json.createObjectBuilder()
                .add("registrationNumber", number).build());
        assertEquals(200, registered.status(), registered::toString);
        assertEquals(number.toUpperCase(), registered.json().getString("registrationNumber"));
        Answer again = staff.post("/api/v1/contracts/" + a.teamContract() + "/registration", Json.createObjectBuilder()
                .add("registrationNumber", number + "9").build());
        assertEquals(409, again.status());
        assertEquals("ALREADY_REGISTERED", error(again));

        // the PDFs: Chinese by default, English on request
        String zh = pdfText(firm, "/api/v1/contracts/" + a.teamContract() + "/contract.pdf");
        assertTrue(zh.contains("技术合同") && zh.contains("验收标准") && zh.contains("循环寿命") && zh.contains("赵建国"), zh);
        String en = pdfText(team, "/api/v1/contracts/" + a.teamContract() + "/contract.pdf?lang=en");
        assertTrue(en.contains("Technologycontract") && en.contains("Acceptancecriteria"), en);
        assertEquals(404, rival.getAnything("/api/v1/contracts/" + a.teamContract() + "/contract.pdf").status());
    }

    static String pdfText(Api as, String path) throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(as.request(path).setHeader("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        reader.close();
        return text.toString().replaceAll("\\s+", "");
    }

    @Test
    void aMilestoneIsRejectedResubmittedAcceptedOnceAndPaidAndTheFinalAcceptanceClosesTheContract() throws Exception {
        Awarded a = Awards.single();
        long id = a.teamContract();
        JsonObject draft = contract(firm, id);
        long first = milestone(draft, 0);
        long last = milestone(draft, 1);
        assertEquals(409, submit(first, "配方", Json.createArrayBuilder()).status(), "nothing is worked on before both sign");
        signBoth(id);

        Answer upload = team.postBytes("/api/v1/contracts/" + id + "/files?name=检测报告.pdf", PDF);
        assertEquals(201, upload.status(), upload::toString);
        long file = upload.json().getJsonNumber("id").longValue();
        assertEquals(403, firm.postBytes("/api/v1/contracts/" + id + "/files?name=x.pdf", PDF).status(), "the contractor gives evidence");
        assertEquals(404, rival.getAnything("/api/v1/contracts/" + id + "/files/" + file).status());
        assertEquals(200, firm.getAnything("/api/v1/contracts/" + id + "/files/" + file).status());

        assertEquals(403, firm.post("/api/v1/milestones/" + first + "/submission", Json.createObjectBuilder()
                .add("deliverables", "x").build()).status(), "the firm does not submit");
        assertEquals(404, rival.post("/api/v1/milestones/" + first + "/submission", "{}").status());
        Answer submitted = submit(first, "电解质配方定型，附检测报告", Json.createArrayBuilder(), file);
        assertEquals(200, submitted.status(), submitted::toString);
        assertEquals("SUBMITTED", submitted.json().getString("status"));
        assertEquals(409, pay(firm, id, first, "1000.00").status(), "payments wait for the acceptance");
        assertEquals("MILESTONE_NOT_ACCEPTED", error(pay(firm, id, first, "1000.00")));
        assertEquals(403, decide(team, first, true, null).status(), "the contractor does not accept its own work");
        Answer noReason = decide(firm, first, false, " ");
        assertEquals(422, noReason.status());
        assertEquals("REASON_REQUIRED", error(noReason));
        Answer rejected = decide(firm, first, false, "检测报告缺少 CMA 章");
        assertEquals(200, rejected.status(), rejected::toString);
        assertEquals("REJECTED", rejected.json().getString("status"));
        assertEquals("检测报告缺少 CMA 章", rejected.json().getString("decisionComment"));
        assertEquals(200, submit(first, "补充盖章报告", Json.createArrayBuilder(), file).status(), "a rejected milestone is resubmitted");

        // eight clicks on "accept" at once: one acceptance
        List<Integer> statuses = concurrently(8, () -> decide(firmColleague, first, true, "通过").status());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());

        Answer tooMuch = pay(firm, id, first, "320000.01");
        assertEquals(422, tooMuch.status());
        assertEquals("ABOVE_MILESTONE", error(tooMuch));
        assertEquals(403, pay(team, id, first, "1.00").status(), "the contractor does not record the firm's payments");
        assertEquals(201, pay(firm, id, first, "200000.00").status());
        assertEquals(201, pay(staff, id, first, "120000.00").status(), "staff record a payment too");
        assertEquals("ABOVE_MILESTONE", error(pay(firm, id, first, "0.01")));
        List<JsonValue> payments = firm.get("/api/v1/contracts/" + id + "/payments").array();
        assertEquals(2, payments.size());

        // the final milestone measures the indicator; the page and the answer show target, promise, measured
        Answer missing = submit(last, "中试报告", Json.createArrayBuilder());
        assertEquals(400, missing.status());
        assertEquals("measurements", missing.json().getString("field"));
        Answer unknown = submit(last, "中试报告", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("indicator", "循环寿命").add("measured", "2650 次")).add(Json.createObjectBuilder()
                .add("indicator", "能量密度").add("measured", "300")));
        assertEquals(400, unknown.status());
        Answer finalSubmission = submit(last, "中试报告与第三方检测", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("indicator", "循环寿命").add("measured", "2650 次")));
        assertEquals(200, finalSubmission.status(), finalSubmission::toString);
        JsonObject check = finalSubmission.json().getJsonArray("checks").getJsonObject(0);
        assertEquals("≥ 2000", check.getString("target"));
        assertEquals("≥ 2500 次", check.getString("promised"));
        assertEquals("2650 次", check.getString("measured"));
        assertTrue(check.getBoolean("met"));
        assertEquals(409, firm.getAnything("/api/v1/contracts/" + id + "/acceptance-report.pdf").status(), "no report before the end");

        Answer accepted = decide(firm, last, true, "验收通过");
        assertEquals(200, accepted.status(), accepted::toString);
        JsonObject closed = contract(firm, id);
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals("COMPLETED", challengeStatus(a.challenge()), "the final acceptance completes the challenge");
        assertEquals(201, pay(firm, id, last, "480000.00").status(), "the accepted final milestone is paid after closing");
        assertEquals(422, pay(firm, id, last, "0.01").status(), "the contract is paid in full: nothing more");

        String report = pdfText(firm, "/api/v1/contracts/" + id + "/acceptance-report.pdf");
        assertTrue(report.contains("验收报告") && report.contains("目标值≥2000次；承诺值≥2500次；实测值2650次；结论：达标"), report);
        assertTrue(report.contains("CNY800,000.00") && report.contains("赵建国") && report.contains("中试报告与第三方检测"), report);

        List<String> kinds = firm.get("/api/v1/contracts/" + id + "/timeline").array().stream()
                .map(e -> e.asJsonObject().getString("kind")).toList();
        assertEquals(List.of("DRAFTED", "SIGNED", "SIGNED", "SUBMITTED", "REJECTED", "SUBMITTED", "ACCEPTED", "PAID", "PAID",
                "SUBMITTED", "ACCEPTED", "CLOSED", "PAID"), kinds);
        assertTrue(team.get("/api/v1/users/me/notifications?size=100").body().contains("检测报告缺少 CMA 章"),
                "the contractor is told why it was rejected");
    }

    static <T> List<T> concurrently(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aMilestonePastItsDueDateIsOverdueEverywhereAndARemindingNoticeGoesOutOnce() throws Exception {
        Awarded a = Awards.single();
        long id = a.teamContract();
        JsonObject draft = contract(firm, id);
        LocalDate today = LocalDate.now(BEIJING);
        JsonArrayBuilder plan = Json.createArrayBuilder();
        List<JsonObject> rows = milestones(draft);
        plan.add(Json.createObjectBuilder(rows.get(0)).add("dueDate", today.minusDays(2).toString()));
        plan.add(Json.createObjectBuilder(rows.get(1)).add("dueDate", today.plusDays(3).toString()));
        JsonObject backdated = Json.createObjectBuilder(draft).add("startDate", today.minusMonths(2).toString())
                .add("endDate", today.plusMonths(6).toString()).add("milestones", plan).build();
        Answer saved = firm.put("/api/v1/contracts/" + id, backdated);
        assertEquals(200, saved.status(), saved::toString);
        signBoth(id);
        assertEquals(200, submit(milestone(contract(firm, id), 1), "提前提交最终成果", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("indicator", "循环寿命").add("measured", "2400"))).status());
        Answer tooEarly = decide(firm, milestone(contract(firm, id), 1), true, null);
        assertEquals(409, tooEarly.status(), "no final acceptance while an earlier milestone is open");
        assertEquals("EARLIER_MILESTONES_OPEN", error(tooEarly));
        JsonObject now = contract(team, id);
        assertTrue(milestones(now).get(0).getBoolean("overdue"), "due two days ago, not accepted");
        assertFalse(milestones(now).get(1).getBoolean("overdue"));
        assertTrue(now.getBoolean("overdue"));
        assertTrue(team.get("/api/v1/contracts/" + id + "/milestones").array().getJsonObject(0).getBoolean("overdue"));
        JsonObject listed = firm.get("/api/v1/contracts?challengeId=" + a.challenge()).json().getJsonArray("items").getJsonObject(0);
        assertTrue(listed.getBoolean("overdue"), "the list says so too");

        // the milestone due in 3 days is within jiebang.milestone.reminder-days (7): reminded once
        Instant until = Instant.now().plusSeconds(90);
        while (reminders(team, a.title()) == 0) {
            assertTrue(Instant.now().isBefore(until), "a reminder goes out");
            Thread.sleep(1000);
        }
        Thread.sleep(45_000); // two more rounds of the reminder
        assertEquals(1, reminders(team, a.title()), "once");
        assertEquals(1, reminders(firm, a.title()), "the firm is reminded too, once");
    }

    static long reminders(Api as, String title) {
        return as.get("/api/v1/users/me/notifications?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(n -> n.getString("kind").equals("MILESTONE_DUE")
                        && n.getString("textZh").contains(title)).count();
    }

    @Test
    void atAHorseRacesGateTheFirmAndStaffChooseWhoContinuesAndTheOthersEndWithTheirPaymentsKept() {
        Awarded a = Awards.race();
        JsonObject ours = contract(firm, a.teamContract());
        JsonObject theirs = contract(firm, a.otherContract());
        assertTrue(ours.getBoolean("horseRace"));
        assertTrue(milestones(ours).get(0).getBoolean("gate"), "the first milestone is the gate");
        signBoth(a.teamContract());
        assertEquals(200, firm.post("/api/v1/contracts/" + a.otherContract() + "/sign", Json.createObjectBuilder()
                .add("sha256", sha(theirs)).build()).status());
        assertEquals(200, other.post("/api/v1/contracts/" + a.otherContract() + "/sign", Json.createObjectBuilder()
                .add("sha256", sha(contract(other, a.otherContract()))).build()).status());
        assertEquals(404, team.get("/api/v1/contracts/" + a.otherContract()).status(), "a rival team's contract stays hidden");

        assertEquals(409, firm.post("/api/v1/challenges/" + a.challenge() + "/gate", Json.createObjectBuilder()
                .add("continuingContractIds", Json.createArrayBuilder().add(a.teamContract())).build()).status(),
                "the gate is not reached yet");
        assertEquals(200, submit(milestone(ours, 0), "样品", Json.createArrayBuilder()).status());
        assertEquals(200, decide(firm, milestone(ours, 0), true, null).status());
        assertEquals(200, other.post("/api/v1/milestones/" + milestone(theirs, 0) + "/submission", Json.createObjectBuilder()
                .add("deliverables", "样品").build()).status());
        assertEquals(200, decide(firm, milestone(theirs, 0), true, null).status());
        assertEquals(201, pay(firm, a.otherContract(), milestone(theirs, 0), "50000.00").status());
        Answer early = submit(milestone(ours, 1), "中试", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("indicator", "循环寿命").add("measured", "2300")));
        assertEquals(409, early.status());
        assertEquals("GATE_PENDING", error(early));

        assertEquals(404, rival.post("/api/v1/challenges/" + a.challenge() + "/gate", "{}").status());
        Answer firmChoice = firm.post("/api/v1/challenges/" + a.challenge() + "/gate", Json.createObjectBuilder()
                .add("continuingContractIds", Json.createArrayBuilder().add(a.teamContract())).add("reason", "样品循环寿命领先").build());
        assertEquals(200, firmChoice.status(), firmChoice::toString);
        assertFalse(firmChoice.json().containsKey("decidedAt"), "staff must agree too");
        assertEquals("SIGNED", contract(firm, a.otherContract()).getString("status"));
        Answer staffChoice = staff.post("/api/v1/challenges/" + a.challenge() + "/gate", Json.createObjectBuilder()
                .add("continuingContractIds", Json.createArrayBuilder().add(a.teamContract())).build());
        assertEquals(200, staffChoice.status(), staffChoice::toString);
        JsonObject ended = contract(other, a.otherContract());
        assertEquals("TERMINATED", ended.getString("status"));
        assertEquals(new BigDecimal("50000.00"), ended.getJsonNumber("paid").bigDecimalValue(), "its payments kept");
        assertEquals(1, other.get("/api/v1/contracts/" + a.otherContract() + "/payments").array().size());
        assertEquals(200, submit(milestone(ours, 1), "中试", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("indicator", "循环寿命").add("measured", "2300"))).status(), "the team chosen goes on");
        assertEquals("IN_EXECUTION", challengeStatus(a.challenge()));
        assertEquals(200, decide(firm, milestone(ours, 1), true, null).status());
        assertEquals("COMPLETED", challengeStatus(a.challenge()), "one closed, the other ended at the gate");
    }

    @Test
    void bothPartiesAgreeToTerminateWithAReasonAndTheChallengeEnds() {
        Awarded a = Awards.single();
        long id = a.teamContract();
        Answer noReason = firm.post("/api/v1/contracts/" + id + "/termination", "{}");
        assertEquals(422, noReason.status());
        Answer proposed = firm.post("/api/v1/contracts/" + id + "/termination", Json.createObjectBuilder()
                .add("reason", "企业调整产品路线，双方协商终止").build());
        assertEquals(200, proposed.status(), proposed::toString);
        assertEquals("DRAFT", proposed.json().getString("status"), "one party is not an agreement");
        assertEquals(403, staff.post("/api/v1/contracts/" + id + "/termination", "{}").status(), "staff are no party");
        Answer agreed = team.post("/api/v1/contracts/" + id + "/termination", "{}");
        assertEquals(200, agreed.status(), agreed::toString);
        assertEquals("TERMINATED", agreed.json().getString("status"));
        assertEquals("企业调整产品路线，双方协商终止", agreed.json().getString("terminationReason"));
        assertEquals("TERMINATED", challengeStatus(a.challenge()));
        assertEquals(409, firm.post("/api/v1/contracts/" + id + "/sign", Json.createObjectBuilder()
                .add("sha256", sha(contract(firm, id))).build()).status());
    }
}
