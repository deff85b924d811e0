package org.jiebang.testing;

import org.jiebang.account.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the browser tests: one headless Chromium per class on the shared app, a check after
 * every test that the pages raised no JavaScript error, and logging in through the login page.
 */
public abstract class BrowserTest {

    protected static RunningApp app;
    protected static Browser browser;

    @BeforeAll
    static void openBrowser() {
        app = RunningApp.shared();
        browser = new Browser(app);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @AfterEach
    void noJavaScriptErrors() {
        browser.assertNoJavaScriptErrors();
    }

    /** Logs in through the login page, in a fresh session. */
    protected static void logIn(String username, String password) {
        browser.forgetSession().open("/login")
                .type("login:username", username)
                .type("login:password", password)
                .click("login:submit");
    }

    /** Logs a demo account in. */
    protected static void logIn(String username) {
        logIn(username, DemoAccounts.PASSWORD);
    }
}
