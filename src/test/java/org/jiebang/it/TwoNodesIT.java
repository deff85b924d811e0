package org.jiebang.it;

import static org.jiebang.testing.Challenges.aChallenge;
import static org.jiebang.testing.Challenges.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import jakarta.json.JsonValue;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes on one database: each node's search index catches up with changes made on
 * the other, and bidding closes exactly once although both nodes run the closing job. The second
 * node's own clock runs 15 minutes slow ({@code jiebang.clock.offset-seconds}), as a node whose
 * clock drifted would: deadlines are the database's, so it refuses what the first node refuses.
 */
class TwoNodesIT {

    static RunningApp first;
    static RunningApp second;

    @BeforeAll
    static void start() {
        first = RunningApp.shared();
        second = RunningApp.secondNode(first.port() + 5, java.util.Map.of("JIEBANG_CLOCK_OFFSET_SECONDS", "-900"));
    }

    @AfterAll
    static void stop() {
        second.close();
    }

    @Test
    void aChallengePublishedOnOneNodeIsFoundOnTheOther() throws InterruptedException {
        Api firm = new Api(first).as("hairui.zhou", DemoAccounts.PASSWORD);
        Api staff = new Api(first).as("staff.li", DemoAccounts.PASSWORD);
        String word = "nodezq" + System.nanoTime() % 1_000_000;
        long id = publish(firm, staff, aChallenge("双节点检索 " + word, "问题", Instant.now().plusSeconds(3600)).build())
                .getJsonNumber("id").longValue();
        Api elsewhere = new Api(second);
        long found = 0;
        for (int i = 0; i < 30 && found == 0; i++) {
            found = elsewhere.get("/api/v1/challenges?q=" + word).json().getJsonNumber("total").longValue();
            Thread.sleep(1000);
        }
        assertEquals(1, found, "the other node's index caught up");
        assertEquals(id, elsewhere.get("/api/v1/challenges?q=" + word).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue());
    }

    @Test
    void aNodeWhoseClockIsSlowRefusesTheLateBidAndTheLateCancellation() throws InterruptedException {
        Api firm = new Api(second).as("hairui.zhou", DemoAccounts.PASSWORD);
        Api staff = new Api(first).as("staff.li", DemoAccounts.PASSWORD);
        Instant deadline = Instant.now().plusSeconds(RunningApp.MIN_BIDDING_SECONDS + 3);
        long id = publish(firm, staff, aChallenge("慢时钟节点截止", "问题", deadline).build()).getJsonNumber("id").longValue();
        Api researcher = new Api(second).as("jhimi.lin", DemoAccounts.PASSWORD);
        long bid = researcher.post("/api/v1/challenges/" + id + "/bids",
                org.jiebang.testing.Bids.aBid("<p>迟到的申报</p>", "1000.00").build()).json().getJsonNumber("id").longValue();
        while (!Instant.now().isAfter(deadline.plusMillis(500))) {
            Thread.sleep(100);
        }
        // by its own clock the slow node is 15 minutes before the deadline; by the database's it is after
        var late = researcher.post("/api/v1/bids/" + bid + "/submit", "");
        assertEquals(409, late.status(), late::toString);
        assertEquals("DEADLINE_PASSED", late.json().getString("error"), late::toString);
        var lateCancel = firm.post("/api/v1/challenges/" + id + "/cancel", "{\"reason\":\"截止后取消\"}");
        assertEquals(409, lateCancel.status(), lateCancel::toString);
        assertEquals("DEADLINE_PASSED", lateCancel.json().getString("error"), lateCancel::toString);
        assertEquals("DRAFT", researcher.get("/api/v1/bids/" + bid).json().getString("status"), "nothing changed");
    }

    @Test
    void biddingClosesExactlyOnceWithTwoNodes() throws InterruptedException {
        Api firm = new Api(first).as("hairui.zhou", DemoAccounts.PASSWORD);
        Api staff = new Api(first).as("staff.li", DemoAccounts.PASSWORD);
        Instant deadline = Instant.now().plusSeconds(RunningApp.MIN_BIDDING_SECONDS + 3);
        long id = publish(firm, staff, aChallenge("双节点截止", "问题", deadline).build()).getJsonNumber("id").longValue();
        // a bid submitted through the other node opens at the close, once
        Api researcher = new Api(second).as("jhimi.lin", DemoAccounts.PASSWORD);
        long bid = researcher.post("/api/v1/challenges/" + id + "/bids",
                org.jiebang.testing.Bids.aBid("<p>双节点</p>", "1000.00").build()).json().getJsonNumber("id").longValue();
        assertEquals(200, researcher.post("/api/v1/bids/" + bid + "/submit", "").status());
        String status = "PUBLISHED";
        while (Instant.now().isBefore(deadline.plusSeconds(60)) && status.equals("PUBLISHED")) {
            Thread.sleep(1000);
            status = new Api(second).get("/api/v1/challenges/" + id).json().getString("status");
        }
        assertEquals("EVALUATING", status);
        Thread.sleep(20_000); // both nodes' jobs have run again since
        long closings = staff.get("/api/v1/audit?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("BIDDING_CLOSED") && e.getString("entityId", "").equals(id + ""))
                .count();
        assertEquals(1, closings, "closed once, by one node");
        long openings = staff.get("/api/v1/audit?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("BID_OPENED") && e.getString("entityId", "").equals(bid + ""))
                .count();
        assertEquals(1, openings, "the bid opened once");
        assertEquals("OPENED", researcher.get("/api/v1/bids/" + bid).json().getString("status"));
    }
}
