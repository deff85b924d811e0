package org.jiebang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Browserless;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pages over HTTP: language, roles on every page, security headers and cookies, error pages. */
class PagesIT {

    static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.shared();
    }

    static void assertNoLeaks(String html) {
        assertFalse(html.contains("???"), "a message key without text");
        assertFalse(html.matches("(?s).*\\bat (org|java|jakarta|com)\\.[a-z].*"), "a stack trace");
        assertFalse(html.contains("Exception"), "an exception name");
    }

    @Test
    void everyPageNamesItsIconAndTheIconIsServed() throws Exception {
        assertTrue(new Browserless(app).get("/").body().contains("rel=\"icon\""), "the page links its icon");
        for (String icon : List.of("/favicon.ico", "/favicon.svg")) {
            java.net.http.HttpResponse<byte[]> answer = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url(icon))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, answer.statusCode(), icon + " (browsers ask for /favicon.ico on every page)");
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("image/"), icon);
            assertTrue(answer.body().length > 100, icon);
        }
    }

    @Test
    void theHomePageExplainsTheMarketplaceInChineseByDefault() {
        HttpResponse<String> home = new Browserless(app).get("/");
        assertEquals(200, home.statusCode());
        String html = home.body();
        assertTrue(html.contains("lang=\"zh-CN\""));
        for (String step : List.of("发榜", "揭榜", "评审", "公示", "签约", "验收")) {
            assertTrue(html.contains(step), step);
        }
        assertNoLeaks(html);
    }

    @Test
    void englishIsOneClickAwayAndKept() {
        Browserless browser = new Browserless(app);
        HttpResponse<String> switched = browser.get("/?lang=en");
        assertEquals(302, switched.statusCode());
        assertEquals("en", browser.cookie("jiebang_lang"));
        String html = browser.get("/").body();
        assertTrue(html.contains("lang=\"en\""));
        assertTrue(html.contains("How it works"));
        assertFalse(html.contains("办理流程"), "no Chinese section titles on the English page");
        assertNoLeaks(html);
        assertTrue(browser.get("/register").body().contains("Register an organization"));
    }

    @Test
    void everyPageCarriesSecurityHeaders() {
        HttpResponse<String> page = new Browserless(app).get("/login");
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies::toString);
        assertTrue(policies.stream().anyMatch(p -> p.contains("script-src") && p.contains("nonce-")), policies::toString);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndChangesAtLogin() {
        Browserless browser = new Browserless(app);
        HttpResponse<String> loginPage = browser.get("/login");
        String cookieHeader = loginPage.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JIEBANG_SESSION=")).findFirst().orElseThrow();
        assertTrue(cookieHeader.contains("HttpOnly"), cookieHeader);
        assertTrue(cookieHeader.toLowerCase().contains("samesite=lax"), cookieHeader);
        String before = browser.cookie("JIEBANG_SESSION");
        assertNotNull(before);
        HttpResponse<String> loggedIn = browser.login("staff.wang", DemoAccounts.PASSWORD);
        assertEquals(302, loggedIn.statusCode(), loggedIn.body());
        assertNotEquals(before, browser.cookie("JIEBANG_SESSION"), "a new session id after login");
        assertEquals(200, browser.get("/staff/organizations").statusCode());
    }

    @Test
    void aWrongLoginSaysSoWithoutSayingWhetherTheUserExists() {
        String unknown = new Browserless(app).login("no-such-user-" + System.nanoTime(), "wrong-password-1").body();
        String wrong = new Browserless(app).login("staff.wang", "wrong-password-1").body();
        assertTrue(unknown.contains("用户名或密码不正确"));
        assertTrue(wrong.contains("用户名或密码不正确"));
    }

    @Test
    void pagesAreGuardedByRoleOnTheServer() {
        Browserless anonymous = new Browserless(app);
        HttpResponse<String> toLogin = anonymous.get("/staff/organizations");
        assertEquals(302, toLogin.statusCode());
        assertTrue(toLogin.headers().firstValue("Location").orElse("").contains("/login?continue="));
        assertEquals(302, anonymous.get("/admin/users").statusCode());
        assertEquals(302, anonymous.get("/account/profile").statusCode());

        Browserless researcher = new Browserless(app);
        researcher.login("zbut.wu", DemoAccounts.PASSWORD);
        HttpResponse<String> forbidden = researcher.get("/staff/organizations");
        assertEquals(403, forbidden.statusCode());
        assertTrue(forbidden.body().contains("无权访问"));
        assertNoLeaks(forbidden.body());
        assertEquals(403, researcher.get("/admin/users").statusCode());
        assertEquals(200, researcher.get("/account/profile").statusCode());

        Browserless staff = new Browserless(app);
        staff.login("staff.li", DemoAccounts.PASSWORD);
        assertEquals(403, staff.get("/admin/users").statusCode(), "staff are not admins");

        Browserless admin = new Browserless(app);
        admin.login("admin", RunningApp.ADMIN_PASSWORD);
        HttpResponse<String> users = admin.get("/admin/users");
        assertEquals(200, users.statusCode());
        // the first page of all users, by name (which users are on it depends on what other tests registered)
        assertTrue(users.body().contains("data-ri=\"0\""), "the admin sees the users table with its rows");
    }

    @Test
    void anUnknownPageIsAFriendly404() {
        HttpResponse<String> missing = new Browserless(app).get("/no/such/page");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("页面不存在"), missing.body());
        assertNoLeaks(missing.body());
    }

    @Test
    void theLoginPageNeverRedirectsOffSite() {
        HttpResponse<String> offSite = new Browserless(app).login("staff.wang", DemoAccounts.PASSWORD, "//evil.example/x");
        String location = offSite.headers().firstValue("Location").orElse("");
        assertEquals(302, offSite.statusCode());
        assertFalse(location.contains("evil.example"), location);
        assertTrue(location.endsWith("/account/profile"), location);

        HttpResponse<String> onSite = new Browserless(app).login("staff.wang", DemoAccounts.PASSWORD, "/staff/organizations");
        assertTrue(onSite.headers().firstValue("Location").orElse("").endsWith("/staff/organizations"));
    }
}
