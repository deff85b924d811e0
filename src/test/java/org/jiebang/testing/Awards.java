package org.jiebang.testing;

import static org.jiebang.testing.Bids.aBid;
import static org.jiebang.testing.Challenges.aChallenge;
import static org.jiebang.testing.Challenges.publish;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api.Answer;

/**
 * Awarded challenges for the contract tests, made through the API as people make them: the firm
 * (hengtai.zhao) posts, the team (yrdam.zheng) and another lab (esslab.huang) bid, three experts
 * score, staff propose, the public notice runs out, staff award. Reaching an award takes a close
 * and a notice, so one batch is made for the whole run, and each test takes challenges of its own
 * from it (never one another test took).
 */
public final class Awards {

    /** An awarded challenge: the team's winning bid and contract; in a horse race the other lab's too. */
    public record Awarded(long challenge, String title, long teamBid, long otherBid, long teamContract, Long otherContract) {
    }

    private static final int SINGLES = 16;
    private static final int RACES = 2;
    private static final Deque<Awarded> singles = new ArrayDeque<>();
    private static final Deque<Awarded> races = new ArrayDeque<>();
    private static boolean made;

    private Awards() {
    }

    /** A challenge of its own with one award (the team's bid): its contract is a draft. */
    public static synchronized Awarded single() {
        make();
        if (singles.isEmpty()) {
            throw new AssertionError("the batch of awarded challenges is used up: raise Awards.SINGLES");
        }
        return singles.pop();
    }

    /** A horse race of its own: both bids awarded, two draft contracts. */
    public static synchronized Awarded race() {
        make();
        if (races.isEmpty()) {
            throw new AssertionError("the batch of horse races is used up: raise Awards.RACES");
        }
        return races.pop();
    }

    private static void make() {
        if (made) {
            return;
        }
        made = true;
        RunningApp app = RunningApp.shared();
        Api anonymous = new Api(app);
        Api firm = anonymous.as("hengtai.zhao", DemoAccounts.PASSWORD);
        Api staff = anonymous.as("staff.li", DemoAccounts.PASSWORD);
        Api team = anonymous.as("yrdam.zheng", DemoAccounts.PASSWORD);
        Api other = anonymous.as("esslab.huang", DemoAccounts.PASSWORD);
        List<Api> experts = List.of(anonymous.as("expert.chen", DemoAccounts.PASSWORD),
                anonymous.as("expert.zhang", DemoAccounts.PASSWORD), anonymous.as("expert.wu", DemoAccounts.PASSWORD));
        var expertIds = Json.createArrayBuilder();
        for (Api expert : experts) {
            long id = expert.get("/api/v1/users/me").json().getJsonNumber("id").longValue();
            expertIds.add(id);
            check(expert.put("/api/v1/users/" + id + "/expert-profile", Json.createObjectBuilder()
                    .add("fields", Json.createArrayBuilder().add("ENERGY_STORAGE")).add("title", "研究员")
                    .add("record", "储能评审").build()), 200);
        }
        JsonValue panel = Json.createObjectBuilder().add("expertIds", expertIds).build();
        String batch = Long.toString(System.nanoTime() % 1_000_000, 36);
        record Made(long challenge, String title, long teamBid, long otherBid, boolean race) {
        }
        List<Made> all = new ArrayList<>();
        for (int i = 0; i < SINGLES + RACES; i++) {
            boolean race = i >= SINGLES;
            String title = (race ? "赛马合同测试 " : "合同测试 ") + batch + "-" + i;
            // each its own deadline: on a loaded machine publishing several can take longer than the margin
            Instant deadline = Instant.now().plusSeconds(RunningApp.MIN_BIDDING_SECONDS + 6);
            long challenge = publish(firm, staff, aChallenge(title, "界面阻抗过高", deadline).add("maxAwards", race ? 2 : 1)
                    .build()).getJsonNumber("id").longValue();
            long teamBid = submitted(team, challenge, "800000.00");
            long otherBid = submitted(other, challenge, "900000.00");
            all.add(new Made(challenge, title, teamBid, otherBid, race));
        }
        for (Made m : all) {
            await(anonymous, m.challenge(), "EVALUATING", Instant.now().plusSeconds(120));
            check(staff.put("/api/v1/challenges/" + m.challenge() + "/panel", panel), 200);
            for (Api expert : experts) {
                score(expert, m.teamBid(), 85);
                score(expert, m.otherBid(), m.race() ? 80 : 60);
            }
            var bidIds = Json.createArrayBuilder().add(m.teamBid());
            if (m.race()) {
                bidIds.add(m.otherBid());
            }
            check(staff.post("/api/v1/challenges/" + m.challenge() + "/award-proposal", Json.createObjectBuilder()
                    .add("bidIds", bidIds).build()), 200);
        }
        for (Made m : all) {
            Instant until = Instant.now().plusSeconds(RunningApp.NOTICE_SECONDS + 60);
            while (true) {
                Answer awarded = staff.post("/api/v1/challenges/" + m.challenge() + "/award", "");
                if (awarded.status() == 200) {
                    break;
                }
                if (Instant.now().isAfter(until)) {
                    throw new AssertionError("the award of " + m.challenge() + ": " + awarded);
                }
                sleep(1000);
            }
            Map<Long, Long> contractByBid = new java.util.HashMap<>();
            for (JsonValue item : firm.get("/api/v1/contracts?challengeId=" + m.challenge()).json().getJsonArray("items")) {
                JsonObject c = item.asJsonObject();
                contractByBid.put(c.getJsonNumber("awardBidId").longValue(), c.getJsonNumber("id").longValue());
            }
            if (contractByBid.get(m.teamBid()) == null || m.race() && contractByBid.get(m.otherBid()) == null) {
                throw new AssertionError("every award has its contract draft: " + contractByBid);
            }
            Awarded awarded = new Awarded(m.challenge(), m.title(), m.teamBid(), m.otherBid(), contractByBid.get(m.teamBid()),
                    contractByBid.get(m.otherBid()));
            (m.race() ? races : singles).add(awarded);
        }
    }

    private static long submitted(Api bidder, long challenge, String price) {
        Answer created = check(bidder.post("/api/v1/challenges/" + challenge + "/bids", aBid("<p>方案</p>", price).build()), 201);
        long bid = created.json().getJsonNumber("id").longValue();
        check(bidder.post("/api/v1/bids/" + bid + "/submit", ""), 200);
        return bid;
    }

    private static void score(Api expert, long bid, int mark) {
        var criteria = Json.createObjectBuilder();
        for (String name : List.of("technical", "team", "price", "schedule", "commercialization")) {
            criteria.add(name, Json.createObjectBuilder().add("score", mark).add("comment", name + " 意见"));
        }
        check(expert.post("/api/v1/bids/" + bid + "/scores", Json.createObjectBuilder().add("noConflict", true)
                .add("criteria", criteria).add("submit", true).build()), 200);
    }

    private static void await(Api anonymous, long challenge, String status, Instant until) {
        while (!status.equals(anonymous.get("/api/v1/challenges/" + challenge).json().getString("status"))) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("challenge " + challenge + " never became " + status);
            }
            sleep(500);
        }
    }

    private static Answer check(Answer answer, int status) {
        if (answer.status() != status) {
            throw new AssertionError("expected " + status + ": " + answer);
        }
        return answer;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
