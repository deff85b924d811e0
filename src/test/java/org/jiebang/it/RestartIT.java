package org.jiebang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jiebang.testing.Api;
import org.jiebang.testing.Api.Answer;
import org.jiebang.testing.Challenges;
import org.jiebang.testing.MariaDb;
import org.jiebang.testing.Registrations;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.Test;

/**
 * A restart keeps every record, on the embedded H2 file database and on MariaDB; the demo data and
 * the admin account are created once, however often the app starts. The MariaDB node starts and
 * restarts as production does, through {@code deploy/start.sh}: prepared once, then from its
 * class-data-sharing archive.
 */
class RestartIT {

    static final String ADMIN = "Restart-admin-2026";

    void restartKeepsEverything(String name, int port, Map<String, String> env, boolean throughStartScript) {
        env.put("JIEBANG_DEMO", "true");
        env.put("JIEBANG_ADMIN_PASSWORD", ADMIN);
        env.put("JIEBANG_BIDDING_MIN_SECONDS", "5");
        String username = Registrations.freshUsername("keep");
        try (RunningApp app = throughStartScript ? RunningApp.startThroughStartScript(name, port, env)
                : RunningApp.start(name, port, env)) {
            if (throughStartScript) {
                assertEquals(1, app.loggedSince(0, "(once per jar and JVM)").size(), "the first start prepares the root directory");
                assertTrue(app.mapsTheClassArchive(), "the node runs with the class archive it recorded");
            }
            Answer created = new Api(app).post("/api/v1/organizations",
                    Registrations.registration("重启测试🔧科技有限公司", "ENTERPRISE", username, "Keep-pass-2026"));
            assertEquals(201, created.status(), created::toString);
            JsonObject before = counts(app);
            Api firm = new Api(app).as("hengtai.zhao", "jiebang2026");
            Api staffBefore = new Api(app).as("staff.li", "jiebang2026");
            String word = "restartzq" + System.nanoTime() % 100000;
            long challenge = Challenges.publish(firm, staffBefore, Challenges.aChallenge("重启后截止 " + word, "问题",
                    Instant.now().plusSeconds(7)).build()).getJsonNumber("id").longValue();
            Api researcher = new Api(app).as("yrdam.zheng", "jiebang2026");
            long bid = researcher.post("/api/v1/challenges/" + challenge + "/bids",
                    org.jiebang.testing.Bids.aBid("<p>重启</p>", "1000.00").build()).json().getJsonNumber("id").longValue();
            String receipt = researcher.post("/api/v1/bids/" + bid + "/submit", "").json().getJsonObject("receipt")
                    .getString("sha256");

            app.stop();
            sleep(8000);
            long mark = app.logMark();
            app.start();
            if (throughStartScript) {
                assertEquals(List.of(), app.loggedSince(mark, "(once per jar and JVM)"), "a restart finds its root directory prepared");
                assertTrue(app.mapsTheClassArchive(), "the restarted node maps the class archive");
            }

            // the deadline passed while the server was down: bidding is closed at start-up
            assertEquals("EVALUATING", new Api(app).get("/api/v1/challenges/" + challenge).json().getString("status"));
            JsonObject opened = new Api(app).as("yrdam.zheng", "jiebang2026").get("/api/v1/bids/" + bid).json();
            assertEquals("OPENED", opened.getString("status"), "the bid acknowledged before the deadline opened");
            assertEquals(receipt, opened.getJsonObject("receipt").getString("sha256"));
            assertEquals(1, new Api(app).get("/api/v1/challenges?q=" + word).json().getJsonNumber("total").intValue(),
                    "the search index survives the restart");

            JsonObject me = new Api(app).as(username, "Keep-pass-2026").get("/api/v1/users/me").json();
            assertEquals("重启测试🔧科技有限公司", me.getString("organizationName"));
            JsonObject after = counts(app);
            assertEquals(before.getJsonNumber("users"), after.getJsonNumber("users"), "demo data loaded once");
            Api staff = new Api(app).as("staff.li", "jiebang2026");
            JsonObject verified = staff.get("/api/v1/audit/verify").json();
            assertTrue(verified.getBoolean("valid"), verified::toString);
            if ("3".equals(env.get("JIEBANG_TOKEN_TTL_SECONDS"))) {
                sleep(3500);
                assertEquals(401, staff.get("/api/v1/users/me").status(), "a token stops working when it expires");
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static JsonObject counts(RunningApp app) {
        Answer users = new Api(app).as("admin", ADMIN).get("/api/v1/users?size=1");
        assertEquals(200, users.status(), users::toString);
        return jakarta.json.Json.createObjectBuilder().add("users", users.json().getJsonNumber("total")).build();
    }

    @Test
    void theEmbeddedDatabaseKeepsEveryRecord() {
        Map<String, String> env = new HashMap<>();
        env.put("JIEBANG_TOKEN_TTL_SECONDS", "3");
        restartKeepsEverything("restart-h2", RunningApp.shared().port() + 1, env, false);
    }

    @Test
    void mariaDbKeepsEveryRecord() {
        restartKeepsEverything("restart-mariadb", RunningApp.shared().port() + 2,
                RunningApp.onMariaDb(MariaDb.freshDatabase("jiebang_it_restart")), true);
    }
}
