package org.jiebang.it;

import static org.jiebang.testing.Challenges.aChallenge;
import static org.jiebang.testing.Challenges.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.Browserless;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public pages of anonymous visitors (issue 13): no HTTP session and no view state, kept by
 * the page cache and served again with a fresh CSP nonce each time, dropped as soon as something
 * public changes, and never used for a logged-in user.
 */
class PublicPagesIT {

    private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern BODY_NONCE = Pattern.compile("nonce=\"([^\"]+)\"|csp\\.init\\('([^']+)'\\)");

    static RunningApp app;
    static long challenge;
    static String word;

    @BeforeAll
    static void start() {
        app = RunningApp.shared();
        Api firm = new Api(app).as("hairui.zhou", DemoAccounts.PASSWORD);
        Api staff = new Api(app).as("staff.li", DemoAccounts.PASSWORD);
        word = "pagecache" + System.nanoTime() % 1_000_000;
        challenge = publish(firm, staff, aChallenge("页面缓存 " + word, "公开页面的缓存", Instant.now().plusSeconds(7200))
                .build()).getJsonNumber("id").longValue();
    }

    static List<String> publicPages() {
        return List.of("/", "/challenge/list", "/challenge/list?q=" + URLEncoder.encode("页面缓存", StandardCharsets.UTF_8),
                "/challenge/list?page=2", "/challenge/view?id=" + challenge, "/notice/list", "/showcase/list",
                "/stats/view", "/trace/view?id=" + challenge);
    }

    @Test
    void anonymousVisitorsGetNoSessionAndNoViewState() {
        for (String page : publicPages()) {
            HttpResponse<String> response = new Browserless(app).get(page);
            assertEquals(200, response.statusCode(), page);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(),
                    page + " set " + response.headers().allValues("Set-Cookie"));
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(response.body());
            while (state.find()) {
                assertEquals("stateless", state.group(1), page + ": a form keeps no state");
            }
        }
    }

    @Test
    void aKeptPageIsServedWithAFreshNonceEachTime() {
        for (String page : publicPages()) {
            Set<String> nonces = new TreeSet<>();
            List<HttpResponse<String>> responses = new ArrayList<>();
            responses.add(new Browserless(app).get(page));
            responses.add(kept(page));
            responses.add(kept(page));
            for (HttpResponse<String> response : responses) {
                assertEquals(200, response.statusCode(), page);
                String nonce = headerNonce(response);
                assertTrue(nonces.add(nonce), page + ": nonce " + nonce + " sent twice");
                List<String> inBody = bodyNonces(response.body());
                assertFalse(inBody.isEmpty(), page + " has scripts with the nonce");
                for (String n : inBody) {
                    assertEquals(nonce, n, page + ": every script carries this response's nonce");
                }
            }
        }
    }

    /** The page as served from the cache (a commit elsewhere in the shared app may drop it once or twice). */
    static HttpResponse<String> kept(String page) {
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> response = new Browserless(app).get(page);
            if ("hit".equals(response.headers().firstValue("X-Jiebang-Cache").orElse(null))) {
                return response;
            }
        }
        throw new AssertionError(page + " was never served from the cache");
    }

    @Test
    void aLoggedInUserNeverGetsAKeptPage() {
        String page = "/challenge/view?id=" + challenge;
        kept(page);
        Browserless researcher = new Browserless(app);
        researcher.login("jhimi.lin", DemoAccounts.PASSWORD);
        HttpResponse<String> mine = researcher.get(page);
        assertEquals(200, mine.statusCode());
        assertTrue(mine.headers().firstValue("X-Jiebang-Cache").isEmpty(), "not even looked up");
        assertTrue(mine.body().contains("jhimi.lin"), "the page is the user's own");
        assertNotEquals("stateless", Browserless.viewState(mine.body()), "a user's page keeps its state");
    }

    @Test
    void theLanguageSwitchOfAKeptDetailPageKeepsItsChallenge() {
        for (String page : List.of("/challenge/view?id=" + challenge, "/challenge/view?id=" + challenge + "&lang=x")) {
            String html = new Browserless(app).get(page).body();
            assertTrue(html.contains("view?id=" + challenge + "&amp;lang=en") || html.contains("view?lang=en&amp;id=" + challenge),
                    page + ": the English link names the challenge");
        }
        Browserless visitor = new Browserless(app);
        HttpResponse<String> switched = visitor.get("/challenge/view?id=" + challenge + "&lang=en");
        assertEquals(302, switched.statusCode());
        HttpResponse<String> english = visitor.get(switched.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", ""));
        assertEquals(200, english.statusCode(), "the switched page is the same challenge, in English");
        assertTrue(english.body().contains("lang=\"en\""));
    }

    @Test
    void theJsonListingAndDetailAreKeptForAnonymousCallersOnly() {
        for (String path : List.of("/api/v1/challenges?size=5&q=" + word, "/api/v1/challenges/" + challenge)) {
            HttpResponse<String> kept = kept(path);
            assertTrue(kept.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            assertTrue(kept.body().contains("页面缓存"), path);
            var withToken = new Api(app).as("hairui.zhou", DemoAccounts.PASSWORD).get(path);
            assertEquals(200, withToken.status(), path);
            assertEquals(null, withToken.header("X-Jiebang-Cache"), path + ": a caller with a token is never served from the cache");
        }
    }

    @Test
    void aChangeIsOnTheNextAnonymousView() {
        Api firm = new Api(app).as("hairui.zhou", DemoAccounts.PASSWORD);
        Api staff = new Api(app).as("staff.li", DemoAccounts.PASSWORD);
        long id = publish(firm, staff, aChallenge("页面缓存撤榜 " + word, "撤榜之前", Instant.now().plusSeconds(7200))
                .build()).getJsonNumber("id").longValue();
        String page = "/challenge/view?id=" + id;
        assertFalse(kept(page).body().contains("缓存测试撤榜理由"));
        var cancelled = firm.post("/api/v1/challenges/" + id + "/cancel", "{\"reason\":\"缓存测试撤榜理由\"}");
        assertEquals(200, cancelled.status(), cancelled::toString);
        HttpResponse<String> after = new Browserless(app).get(page);
        assertEquals("miss", after.headers().firstValue("X-Jiebang-Cache").orElse(null), "the commit dropped the page");
        assertTrue(after.body().contains("缓存测试撤榜理由"), "the cancellation and its reason show at once");
    }

    static String headerNonce(HttpResponse<String> response) {
        List<String> policies = new ArrayList<>();
        for (String policy : response.headers().allValues("Content-Security-Policy")) {
            Matcher m = HEADER_NONCE.matcher(policy);
            if (m.find()) {
                policies.add(m.group(1));
            }
        }
        assertEquals(1, policies.size(), "one policy with a nonce: " + response.headers().allValues("Content-Security-Policy"));
        assertNotNull(policies.get(0));
        return policies.get(0);
    }

    static List<String> bodyNonces(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = BODY_NONCE.matcher(html);
        while (m.find()) {
            found.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return found;
    }
}
